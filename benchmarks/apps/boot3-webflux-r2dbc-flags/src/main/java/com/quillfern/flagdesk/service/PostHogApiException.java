package com.quillfern.flagdesk.service;

public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
