package com.acme.flags.core.services;

/**
 * Raised when PostHog cannot answer a flag or flag-definition request.
 */
public class FlagEvaluationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public FlagEvaluationException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagEvaluationException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
