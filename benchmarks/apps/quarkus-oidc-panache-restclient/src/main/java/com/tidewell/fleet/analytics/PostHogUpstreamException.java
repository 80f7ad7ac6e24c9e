package com.tidewell.fleet.analytics;

public class PostHogUpstreamException extends RuntimeException {

    private final int status;

    public PostHogUpstreamException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PostHogUpstreamException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
