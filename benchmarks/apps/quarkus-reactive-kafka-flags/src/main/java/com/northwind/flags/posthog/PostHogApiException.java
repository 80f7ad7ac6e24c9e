package com.northwind.flags.posthog;

/**
 * Raised when PostHog answers with an error status or cannot be reached.
 */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 502;
    }

    public int status() {
        return status;
    }
}
