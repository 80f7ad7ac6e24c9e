package com.acme.flaginfra.functions.posthog;

/** PostHog's API did not give us the flag definitions. */
public class FlagSyncException extends RuntimeException {

    private final int statusCode;

    public FlagSyncException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = 0;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
