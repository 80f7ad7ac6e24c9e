package com.northwind.portal.analytics;

public class FlagEvaluationException extends RuntimeException {

    private final String flagKey;

    public FlagEvaluationException(String message, String flagKey, Throwable cause) {
        super(message, cause);
        this.flagKey = flagKey;
    }

    public String getFlagKey() {
        return flagKey;
    }
}
