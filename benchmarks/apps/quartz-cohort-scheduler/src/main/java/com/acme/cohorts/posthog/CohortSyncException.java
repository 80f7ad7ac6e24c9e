package com.acme.cohorts.posthog;

/** Raised when the PostHog API refuses or fails a cohort call. */
public class CohortSyncException extends RuntimeException {

    private final int statusCode;

    public CohortSyncException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }

    public boolean isRetryable() {
        return statusCode == 429 || statusCode >= 500;
    }
}
