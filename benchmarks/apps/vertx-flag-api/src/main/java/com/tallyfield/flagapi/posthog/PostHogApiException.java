package com.tallyfield.flagapi.posthog;

/**
 * Raised when PostHog's private API refuses or fails a request.
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
