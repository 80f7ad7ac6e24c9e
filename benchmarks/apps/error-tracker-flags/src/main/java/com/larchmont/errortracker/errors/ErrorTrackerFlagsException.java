package com.larchmont.errortracker.errors;

import com.bugsnag.Severity;

public class ErrorTrackerFlagsException extends RuntimeException {

    private final int status;
    private final Severity severity;

    public ErrorTrackerFlagsException(String message, int status, Severity severity) {
        super(message);
        this.status = status;
        this.severity = severity;
    }

    public ErrorTrackerFlagsException(String message, int status, Severity severity, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.severity = severity;
    }

    public int getStatus() {
        return status;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String publicMessage() {
        return "Request failed";
    }
}
