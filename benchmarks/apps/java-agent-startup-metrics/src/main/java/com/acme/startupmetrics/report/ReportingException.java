package com.acme.startupmetrics.report;

/** Raised when PostHog cannot be reached or rejects the agent's credentials. */
public class ReportingException extends RuntimeException {

    private final int status;

    public ReportingException(String message, int status) {
        super(message);
        this.status = status;
    }

    public ReportingException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }
}
