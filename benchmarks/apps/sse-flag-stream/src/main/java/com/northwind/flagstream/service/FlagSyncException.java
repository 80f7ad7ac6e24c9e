package com.northwind.flagstream.service;

/** Thrown when PostHog refuses or fails to hand out the flag definitions. */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message) {
        super(message);
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
