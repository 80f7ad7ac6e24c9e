package com.northwind.flagadmin.service;

import lombok.Getter;

@Getter
public class PostHogApiException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogApiException(String message, int upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }
}
