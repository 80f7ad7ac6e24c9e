package com.acme.flags.posthog;

/**
 * PostHog refused or failed a flag-definition sync.
 */
public class FlagSyncException extends RuntimeException {

    private final int upstreamStatus;

    public FlagSyncException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = -1;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }
}
