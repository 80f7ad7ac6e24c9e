package com.northwind.flagconsole.service;

/** Raised when the PostHog REST API rejects or fails a console request. */
public class FlagApiException extends RuntimeException {

    private final int status;

    public FlagApiException(String message, Throwable cause) {
        this(message, -1, cause);
    }

    public FlagApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
