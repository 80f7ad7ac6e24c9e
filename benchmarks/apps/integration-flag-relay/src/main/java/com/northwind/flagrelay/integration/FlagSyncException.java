package com.northwind.flagrelay.integration;

/**
 * Raised when PostHog refuses or garbles a local-evaluation answer.
 */
public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
