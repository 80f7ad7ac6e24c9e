package com.northwind.loyalty.sync;

/**
 * Raised when the feature flag definitions cannot be exported from PostHog.
 */
public class PostHogSyncException extends RuntimeException {

    private final int status;

    public PostHogSyncException(int status, String projectId, String authorization) {
        super("PostHog flag export failed (HTTP " + status + ") for project " + projectId
                + " using credentials [" + authorization + "]");
        this.status = status;
    }

    public int status() {
        return status;
    }
}
