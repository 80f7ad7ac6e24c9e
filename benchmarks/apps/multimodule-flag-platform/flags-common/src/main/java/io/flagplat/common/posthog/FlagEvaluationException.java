package io.flagplat.common.posthog;

public class FlagEvaluationException extends RuntimeException {

    private final String flagKey;
    private final int statusCode;

    public FlagEvaluationException(String flagKey, int statusCode, String message) {
        super(message);
        this.flagKey = flagKey;
        this.statusCode = statusCode;
    }

    public FlagEvaluationException(String flagKey, int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.flagKey = flagKey;
        this.statusCode = statusCode;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
