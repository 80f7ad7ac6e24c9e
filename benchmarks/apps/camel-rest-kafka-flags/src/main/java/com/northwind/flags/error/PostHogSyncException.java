package com.northwind.flags.error;

public class PostHogSyncException extends RuntimeException {

    private final int statusCode;

    public PostHogSyncException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
