package com.northwind.flagsync.exception;

/**
 * Raised when flag definitions cannot be pulled from PostHog.
 */
public class FlagSyncException extends RuntimeException {

    private final long projectId;

    public FlagSyncException(String message, long projectId, Throwable cause) {
        super(message, cause);
        this.projectId = projectId;
    }

    public long getProjectId() {
        return projectId;
    }
}
