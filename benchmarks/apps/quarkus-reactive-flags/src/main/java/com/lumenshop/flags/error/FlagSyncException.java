package com.lumenshop.flags.error;

/**
 * Raised when PostHog refuses or fails a flag-definition sync.
 */
public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
