package com.lumenfield.catalog.posthog;

/**
 * A non-2xx answer from PostHog.
 */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
