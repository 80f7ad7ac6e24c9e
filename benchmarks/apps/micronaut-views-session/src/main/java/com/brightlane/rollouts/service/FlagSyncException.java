package com.brightlane.rollouts.service;

/** Raised when the flag definitions cannot be fetched from PostHog. */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
