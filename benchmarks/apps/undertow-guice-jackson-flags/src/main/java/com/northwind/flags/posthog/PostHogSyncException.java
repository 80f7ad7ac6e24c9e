package com.northwind.flags.posthog;

public class PostHogSyncException extends RuntimeException {

    private final int status;

    public PostHogSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }
}
