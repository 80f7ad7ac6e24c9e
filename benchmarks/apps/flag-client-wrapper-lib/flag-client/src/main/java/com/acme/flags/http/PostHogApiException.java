package com.acme.flags.http;

/**
 * Raised when PostHog's REST API keeps failing after all retries.
 */
public class PostHogApiException extends RuntimeException {

    private final int statusCode;

    public PostHogApiException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isRetryable() {
        return statusCode == -1 || statusCode == 429 || statusCode >= 500;
    }
}
