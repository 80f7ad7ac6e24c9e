package com.acme.flagadmin.posthog;

/**
 * Raised when the PostHog private API rejects or fails a flag administration call.
 */
public class PostHogAdminException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogAdminException(String message, int upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
