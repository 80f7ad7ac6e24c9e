package com.blockforge.telemetryflags.posthog;

/** Raised when PostHog answers with something other than a 2xx, or cannot be reached. */
public class PostHogApiException extends RuntimeException {

    private final int statusCode;

    public PostHogApiException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int statusCode() {
        return statusCode;
    }

    public boolean isAuthFailure() {
        return statusCode == 401 || statusCode == 403;
    }
}
