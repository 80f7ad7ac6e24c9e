package com.acme.flags.services;

/**
 * A call to the PostHog REST API returned an unexpected status.
 */
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
