package com.quillmere.ledger.service;

/** Raised when PostHog flag evaluation (local or remote) cannot complete. */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
