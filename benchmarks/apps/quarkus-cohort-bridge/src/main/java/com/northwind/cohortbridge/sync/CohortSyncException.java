package com.northwind.cohortbridge.sync;

/**
 * A cohort could not be copied from PostHog to the CRM.
 */
public class CohortSyncException extends RuntimeException {

    private final long cohortId;
    private final int upstreamStatus;

    public CohortSyncException(long cohortId, int upstreamStatus, String message, Throwable cause) {
        super(message, cause);
        this.cohortId = cohortId;
        this.upstreamStatus = upstreamStatus;
    }

    public long cohortId() {
        return cohortId;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }
}
