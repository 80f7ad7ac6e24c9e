package com.acme.flags.karaf.posthog;

/**
 * Raised when a call to the PostHog private API fails.
 */
public class FlagAdminException extends RuntimeException {

    private final int status;

    public FlagAdminException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagAdminException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
