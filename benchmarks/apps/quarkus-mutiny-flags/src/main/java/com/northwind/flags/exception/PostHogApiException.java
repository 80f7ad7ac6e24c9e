package com.northwind.flags.exception;

/**
 * Raised when the PostHog private API answers with an error.
 */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public static PostHogApiException forRequest(String endpoint, String authorization, int status, Throwable cause) {
        return new PostHogApiException(
                "PostHog call " + endpoint + " failed with HTTP " + status + " (auth: " + authorization + ")",
                status, cause);
    }

    public int status() {
        return status;
    }
}
