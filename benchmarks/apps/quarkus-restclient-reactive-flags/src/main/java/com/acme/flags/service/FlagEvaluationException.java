package com.acme.flags.service;

public class FlagEvaluationException extends RuntimeException {

    public FlagEvaluationException(String message) {
        super(message);
    }

    public FlagEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
