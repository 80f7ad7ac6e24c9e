package com.kestrelworks.flagdesk.error;

public class PostHogApiException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogApiException(String message, int upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }
}
