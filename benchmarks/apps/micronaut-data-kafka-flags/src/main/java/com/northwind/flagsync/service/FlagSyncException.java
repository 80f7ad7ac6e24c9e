package com.northwind.flagsync.service;

/**
 * Raised when the flag definitions could not be pulled from PostHog.
 */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
