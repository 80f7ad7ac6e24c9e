package io.acme.posthog.admin;

import java.io.Serial;

/** Raised when PostHog answers with an unexpected status or the call fails at transport level. */
public class PostHogApiException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public PostHogApiException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    /** HTTP status, or {@code -1} when no response was received. */
    public int statusCode() {
        return statusCode;
    }

    public boolean isRetryable() {
        return statusCode == -1 || statusCode >= 500;
    }
}
