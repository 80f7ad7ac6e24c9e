package com.northwind.flagrelay.error;

/** Raised when the flag definitions cannot be fetched from PostHog. */
public class FlagSyncException extends RuntimeException {

    private final int upstreamStatus;

    public FlagSyncException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = 0;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
