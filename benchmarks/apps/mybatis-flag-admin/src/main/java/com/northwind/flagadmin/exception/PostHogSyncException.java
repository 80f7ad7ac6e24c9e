package com.northwind.flagadmin.exception;

public class PostHogSyncException extends RuntimeException {

    private final int statusCode;

    public PostHogSyncException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
