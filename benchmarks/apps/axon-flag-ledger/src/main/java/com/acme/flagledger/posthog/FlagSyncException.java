package com.acme.flagledger.posthog;

/** PostHog's API refused or failed a flag synchronisation. */
public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagSyncException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
