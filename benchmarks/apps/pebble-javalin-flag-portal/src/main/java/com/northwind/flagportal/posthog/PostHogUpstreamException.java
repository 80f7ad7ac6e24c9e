package com.northwind.flagportal.posthog;

/** Raised when the PostHog private API answers with an error or cannot be reached. */
public class PostHogUpstreamException extends RuntimeException {

    private final int status;

    public PostHogUpstreamException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PostHogUpstreamException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return status == 0 || status == 429 || status >= 500;
    }
}
