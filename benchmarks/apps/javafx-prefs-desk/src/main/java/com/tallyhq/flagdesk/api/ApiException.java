package com.tallyhq.flagdesk.api;

/**
 * Raised when the PostHog private API answers with a non-2xx status or cannot be reached.
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

    public boolean isAuthFailure() {
        return status == 401 || status == 403;
    }
}
