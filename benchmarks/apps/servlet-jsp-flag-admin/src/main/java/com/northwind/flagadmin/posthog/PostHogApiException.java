package com.northwind.flagadmin.posthog;

/**
 * Raised when the PostHog REST API answers with an error status.
 */
public class PostHogApiException extends Exception {

    private final int status;

    public PostHogApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
