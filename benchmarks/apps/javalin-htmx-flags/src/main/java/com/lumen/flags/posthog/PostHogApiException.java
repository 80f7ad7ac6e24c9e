package com.lumen.flags.posthog;

/**
 * A non-2xx answer from the PostHog private API.
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
