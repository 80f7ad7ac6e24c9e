package com.tessaline.flaggate.posthog;

/**
 * Raised when PostHog refuses the gateway's credentials.
 */
public class UpstreamAuthException extends RuntimeException {

    private final int status;

    public UpstreamAuthException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
