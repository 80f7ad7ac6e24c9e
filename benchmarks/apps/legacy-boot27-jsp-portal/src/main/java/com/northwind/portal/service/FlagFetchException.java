package com.northwind.portal.service;

/**
 * Raised when the PostHog private API cannot return flag definitions.
 */
public class FlagFetchException extends RuntimeException {

    private final int statusCode;

    public FlagFetchException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
