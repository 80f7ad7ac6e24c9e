package com.tidewater.invoices.analytics;

/**
 * Raised when the PostHog REST API refuses a flag administration call.
 */
public class FlagAdminException extends RuntimeException {

    private final int status;

    public FlagAdminException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
