package com.brightquill.portal.service;

public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
