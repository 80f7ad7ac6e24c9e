package com.quillstone.relay.client;

/** A call to PostHog's REST API failed. */
public class PostHogApiException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogApiException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = 0;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
