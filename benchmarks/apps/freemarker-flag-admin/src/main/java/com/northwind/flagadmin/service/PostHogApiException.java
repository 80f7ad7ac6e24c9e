package com.northwind.flagadmin.service;

public class PostHogApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public PostHogApiException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
