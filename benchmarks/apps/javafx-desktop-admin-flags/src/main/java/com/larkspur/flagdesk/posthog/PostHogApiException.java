package com.larkspur.flagdesk.posthog;

/**
 * Raised when PostHog's private API answers with a non-2xx status.
 */
public class PostHogApiException extends RuntimeException {

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

    public boolean isAuthProblem() {
        return status == 401 || status == 403;
    }
}
