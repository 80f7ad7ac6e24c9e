package com.brightfjord.flagsync.exception;

public class PostHogSyncException extends RuntimeException {

    private final int statusCode;

    public PostHogSyncException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = 502;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
