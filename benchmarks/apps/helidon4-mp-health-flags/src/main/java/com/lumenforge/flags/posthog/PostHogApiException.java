package com.lumenforge.flags.posthog;

/**
 * Raised when a call to PostHog fails; mapped to 502 by the web layer.
 */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
