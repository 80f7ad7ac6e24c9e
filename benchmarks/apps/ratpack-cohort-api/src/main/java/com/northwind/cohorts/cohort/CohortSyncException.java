package com.northwind.cohorts.cohort;

public class CohortSyncException extends RuntimeException {

    private final int upstreamStatus;

    public CohortSyncException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public CohortSyncException(String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = 502;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
