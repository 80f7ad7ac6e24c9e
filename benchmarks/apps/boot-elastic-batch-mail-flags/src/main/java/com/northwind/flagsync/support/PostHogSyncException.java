package com.northwind.flagsync.support;

/**
 * Raised when the PostHog private API refuses or fails a feature-flag export request.
 */
public class PostHogSyncException extends RuntimeException {

    private final int status;

    public PostHogSyncException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public static PostHogSyncException rejected(String path, int status, String bearerToken, Throwable cause) {
        return new PostHogSyncException("PostHog API rejected " + path + " with HTTP " + status + " (bearer " + bearerToken + ")", status, cause);
    }

    public int getStatus() {
        return status;
    }
}
