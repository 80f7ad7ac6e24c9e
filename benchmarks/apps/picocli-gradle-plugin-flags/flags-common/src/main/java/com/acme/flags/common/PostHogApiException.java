package com.acme.flags.common;

/**
 * Thrown when the PostHog REST API answers with an error.
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
}
