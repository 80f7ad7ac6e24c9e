package com.northwind.cohorts.posthog;

/** Raised when the flag definitions cannot be read from PostHog. */
public class FlagFetchException extends RuntimeException {

    private final int statusCode;

    public FlagFetchException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
