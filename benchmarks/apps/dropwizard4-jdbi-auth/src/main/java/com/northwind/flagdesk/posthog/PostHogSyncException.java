package com.northwind.flagdesk.posthog;

/** Raised when a call to PostHog's private API does not return what the desk expects. */
public class PostHogSyncException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogSyncException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = -1;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
