package com.acme.flagdesk.posthog;

/**
 * Raised when PostHog rejects a flag management call.
 */
public class PostHogSyncException extends RuntimeException {

    private final int status;

    public PostHogSyncException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
