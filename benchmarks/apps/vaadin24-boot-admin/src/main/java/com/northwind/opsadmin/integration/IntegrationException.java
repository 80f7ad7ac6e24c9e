package com.northwind.opsadmin.integration;

/**
 * Raised when an upstream system (PostHog, the secrets vault) refuses a call.
 */
public class IntegrationException extends RuntimeException {

    private final int status;

    public IntegrationException(String message, int status) {
        super(message);
        this.status = status;
    }

    public IntegrationException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
