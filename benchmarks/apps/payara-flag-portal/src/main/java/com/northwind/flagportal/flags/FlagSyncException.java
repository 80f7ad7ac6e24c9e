package com.northwind.flagportal.flags;

/**
 * Raised when the portal cannot copy the flag definitions from PostHog.
 */
public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
