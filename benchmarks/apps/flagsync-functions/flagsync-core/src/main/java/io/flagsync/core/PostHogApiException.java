package io.flagsync.core;

/** Raised when PostHog's private API refuses or fails a request. */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
