package com.northwind.growth.cohortsync.cohort;

public class CohortSyncException extends Exception {

    public CohortSyncException(String message) {
        super(message);
    }

    public CohortSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
