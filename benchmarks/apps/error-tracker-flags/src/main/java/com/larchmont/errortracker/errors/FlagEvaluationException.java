package com.larchmont.errortracker.errors;

import com.bugsnag.Severity;

public class FlagEvaluationException extends ErrorTrackerFlagsException {

    private final String flagKey;

    public FlagEvaluationException(String flagKey, Throwable cause) {
        super("Feature flag '" + flagKey + "' could not be evaluated", 503, Severity.WARNING, cause);
        this.flagKey = flagKey;
    }

    public String getFlagKey() {
        return flagKey;
    }

    @Override
    public String publicMessage() {
        return "Feature flag " + flagKey + " is temporarily unavailable";
    }
}
