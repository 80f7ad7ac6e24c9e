package com.northwind.digest.analytics;

public class PostHogSyncException extends RuntimeException {

    private final int status;

    public PostHogSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
        this.status = 502;
    }

    public int status() {
        return status;
    }
}
