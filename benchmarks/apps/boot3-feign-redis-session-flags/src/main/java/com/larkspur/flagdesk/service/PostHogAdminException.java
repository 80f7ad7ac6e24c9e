package com.larkspur.flagdesk.service;

public class PostHogAdminException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogAdminException(String message, int upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}
