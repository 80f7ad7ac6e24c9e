package com.northwind.flagtrace.posthog;

/**
 * PostHog's private API answered with an error.
 */
public class FlagApiException extends RuntimeException {

    private final int upstreamStatus;

    public FlagApiException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
