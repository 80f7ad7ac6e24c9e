package com.acme.flags.client;

/**
 * Raised when PostHog's private API answers with a non-success status.
 */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(int status, String operation, String authorization) {
        super("PostHog API " + operation + " returned HTTP " + status + " (sent Authorization: " + authorization + ")");
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
