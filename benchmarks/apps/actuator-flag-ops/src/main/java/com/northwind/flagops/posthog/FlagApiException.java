package com.northwind.flagops.posthog;

/** A call to PostHog's REST API answered with an error status. */
public class FlagApiException extends RuntimeException {

    private final int status;

    public FlagApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
