package com.northwind.flagdesk.client;

/**
 * Raised when flag definitions cannot be read from PostHog.
 */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
