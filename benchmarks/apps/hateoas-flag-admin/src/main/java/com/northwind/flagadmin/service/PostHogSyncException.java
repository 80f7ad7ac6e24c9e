package com.northwind.flagadmin.service;

/** PostHog's private API refused or failed a flag sync. */
public class PostHogSyncException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogSyncException(int upstreamStatus, String message) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
