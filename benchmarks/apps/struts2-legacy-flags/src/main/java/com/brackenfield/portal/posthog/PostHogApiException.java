package com.brackenfield.portal.posthog;

/**
 * Raised when a call to the PostHog private API fails.
 */
public class PostHogApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public PostHogApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
