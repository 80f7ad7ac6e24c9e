package com.northwind.flagdesk.posthog;

/**
 * Raised when PostHog's API answers with a non-success status.
 */
public class PostHogApiException extends RuntimeException {

    private final int statusCode;

    public PostHogApiException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogApiException(int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }

    public boolean isAuthFailure() {
        return statusCode == 401 || statusCode == 403;
    }
}
