package com.northwind.flagjobs.posthog;

/**
 * Raised when PostHog refuses or fails a flag-sync call. JobRunr retries the job on it.
 */
public class FlagSyncException extends RuntimeException {

    private final long projectId;

    public FlagSyncException(long projectId, String message, Throwable cause) {
        super(message, cause);
        this.projectId = projectId;
    }

    public long getProjectId() {
        return projectId;
    }
}
