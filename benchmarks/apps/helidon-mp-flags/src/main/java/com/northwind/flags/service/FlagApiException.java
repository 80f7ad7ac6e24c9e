package com.northwind.flags.service;

/**
 * A call to PostHog's flags API failed.
 */
public class FlagApiException extends RuntimeException {

    private final int upstreamStatus;

    public FlagApiException(String message, int upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
