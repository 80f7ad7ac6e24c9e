package com.acme.flagdesk.service;

/**
 * Thrown when PostHog refuses a feature-flag synchronisation.
 */
public class FlagSyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
