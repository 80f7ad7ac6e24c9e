package com.northwind.nifi.posthog.processors;

import org.apache.nifi.processor.exception.ProcessException;

/** Raised when flags cannot be evaluated locally; NiFi rolls the session back and yields. */
public class FlagEvaluationException extends ProcessException {

    public enum Reason { NO_KEY, DEFINITIONS_NOT_LOADED }

    private final Reason reason;

    public FlagEvaluationException(final Reason reason, final String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
