package io.jenkins.plugins.posthog.client;

import java.io.IOException;

/**
 * Raised when the PostHog private API answers with a non-2xx status.
 */
public class PostHogRequestException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public PostHogRequestException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogRequestException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
