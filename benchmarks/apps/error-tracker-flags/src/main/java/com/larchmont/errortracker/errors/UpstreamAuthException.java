package com.larchmont.errortracker.errors;

import com.bugsnag.Severity;

public class UpstreamAuthException extends ErrorTrackerFlagsException {

    private final int upstreamStatus;

    public UpstreamAuthException(String message, int upstreamStatus) {
        super(message, 502, Severity.ERROR);
        this.upstreamStatus = upstreamStatus;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }

    @Override
    public String publicMessage() {
        return "PostHog rejected the request (" + upstreamStatus + ")";
    }
}
