package io.lumenpay.flags.storm.error;

public class FlagEvaluationException extends Exception {

    private static final long serialVersionUID = 1L;

    public FlagEvaluationException(String message) {
        super(message);
    }

    public FlagEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
