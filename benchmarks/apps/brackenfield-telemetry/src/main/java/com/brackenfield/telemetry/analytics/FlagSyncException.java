package com.brackenfield.telemetry.analytics;

/** A flag change could not be pushed to PostHog. */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
