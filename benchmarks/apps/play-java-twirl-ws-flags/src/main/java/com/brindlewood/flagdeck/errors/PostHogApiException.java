package com.brindlewood.flagdeck.errors;

/**
 * Raised when the PostHog private API or ingestion endpoint answers with a non-2xx status.
 */
public class PostHogApiException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogApiException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }
}
