package com.brightlane.flagdesk.service;

/**
 * Raised when feature flag definitions cannot be pulled from PostHog.
 */
public class FlagSyncException extends RuntimeException {

    private final int upstreamStatus;

    public FlagSyncException(String message, int upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
