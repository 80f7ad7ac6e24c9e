package com.acme.flags.posthog;

/**
 * A non-2xx answer from PostHog's private API.
 */
public class PostHogApiException extends RuntimeException {

    private final int status;
    private final String requestId;

    public PostHogApiException(int status, String requestId, String message) {
        super(message);
        this.status = status;
        this.requestId = requestId;
    }

    public int getStatus() {
        return status;
    }

    public String getRequestId() {
        return requestId;
    }
}
