package com.northwind.partnersync.posthog;

public class FlagEvaluationException extends RuntimeException {

    public FlagEvaluationException(String message) {
        super(message);
    }
}
