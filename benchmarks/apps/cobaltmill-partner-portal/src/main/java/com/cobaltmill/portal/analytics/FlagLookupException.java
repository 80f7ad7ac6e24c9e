package com.cobaltmill.portal.analytics;

/** PostHog's private API could not tell us which flags exist. */
public class FlagLookupException extends Exception {

    private final int status;

    public FlagLookupException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagLookupException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
