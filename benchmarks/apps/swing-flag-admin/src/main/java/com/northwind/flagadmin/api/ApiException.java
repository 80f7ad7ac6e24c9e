package com.northwind.flagadmin.api;

/**
 * Thrown when the PostHog REST API answers with a non-2xx status.
 */
public class ApiException extends Exception {

    private final int status;

    public ApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public ApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }
}
