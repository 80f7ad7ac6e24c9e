package com.northwind.flagdesk.error;

/**
 * Raised when FlagDesk cannot refresh its flag snapshot from PostHog.
 */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message) {
        super(message);
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
