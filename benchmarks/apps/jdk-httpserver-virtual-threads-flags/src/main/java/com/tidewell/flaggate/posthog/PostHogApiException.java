package com.tidewell.flaggate.posthog;

/**
 * A call to the PostHog HTTP API failed.
 */
public class PostHogApiException extends Exception {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }
}
