package com.northwind.flaggate.posthog;

/**
 * Raised when the flag definitions could not be fetched from PostHog.
 */
public class FlagSyncException extends RuntimeException {

    private final int statusCode;

    public FlagSyncException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }
}
