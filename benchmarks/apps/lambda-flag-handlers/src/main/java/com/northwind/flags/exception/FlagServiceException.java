package com.northwind.flags.exception;

/**
 * Raised when a downstream dependency (PostHog, Secrets Manager, SSM, DynamoDB) fails.
 */
public class FlagServiceException extends RuntimeException {

    private final int statusCode;

    public FlagServiceException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public FlagServiceException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = 503;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
