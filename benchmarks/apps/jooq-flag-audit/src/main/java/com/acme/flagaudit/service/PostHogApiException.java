package com.acme.flagaudit.service;

public class PostHogApiException extends RuntimeException {

    private final int statusCode;

    public PostHogApiException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogApiException(int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
