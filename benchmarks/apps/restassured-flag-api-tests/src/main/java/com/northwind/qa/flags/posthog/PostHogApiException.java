package com.northwind.qa.flags.posthog;

/**
 * Raised when the PostHog API answers with an unexpected status.
 */
public class PostHogApiException extends RuntimeException {

    private final int statusCode;

    public PostHogApiException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }
}
