package com.ledgerly.billinghooks.posthog;

/** Raised when a call to PostHog's flag-management API fails or a plan has no matching flag. */
public class FlagAdminException extends Exception {

    private final int status;

    public FlagAdminException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagAdminException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
