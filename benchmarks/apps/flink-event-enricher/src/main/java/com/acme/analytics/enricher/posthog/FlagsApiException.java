package com.acme.analytics.enricher.posthog;

/** A call to PostHog's flags API failed or returned something we could not read. */
public class FlagsApiException extends Exception {

    private final int status;

    public FlagsApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagsApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }
}
