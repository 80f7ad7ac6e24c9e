package com.ferrowave.flagsync.posthog;

/**
 * Raised when PostHog refuses or fails a flag administration call.
 */
public class FlagAdminException extends RuntimeException {

    private final long flagId;

    public FlagAdminException(long flagId, String message, Throwable cause) {
        super(message, cause);
        this.flagId = flagId;
    }

    public long flagId() {
        return flagId;
    }
}
