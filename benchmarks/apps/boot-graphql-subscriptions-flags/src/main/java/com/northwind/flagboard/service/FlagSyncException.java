package com.northwind.flagboard.service;

/**
 * Raised when flag definitions cannot be pulled from or pushed to PostHog.
 */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
