package com.northwind.flagsync.posthog;

public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
