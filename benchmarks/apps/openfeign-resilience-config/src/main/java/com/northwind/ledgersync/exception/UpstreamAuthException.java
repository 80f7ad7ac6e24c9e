package com.northwind.ledgersync.exception;

/**
 * The partner ledger refused our credentials. Not retryable: retrying only burns the rate limit.
 */
public class UpstreamAuthException extends RuntimeException {

    private final int upstreamStatus;

    public UpstreamAuthException(int upstreamStatus, String message) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
