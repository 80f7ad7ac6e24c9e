package com.northwind.flags.functions.flags;

/**
 * Raised when PostHog's local evaluation endpoint cannot be read.
 */
public class FlagSyncException extends RuntimeException {

    private final int statusCode;

    public FlagSyncException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = 0;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
