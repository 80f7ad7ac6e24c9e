package com.fernhill.auditportal.posthog;

public class PostHogSyncException extends RuntimeException {

    public PostHogSyncException(String message) {
        super(message);
    }

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
