package com.acme.flagapi.posthog;

/**
 * A call to PostHog's private API failed.
 */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 503;
    }

    public int status() {
        return status;
    }
}
