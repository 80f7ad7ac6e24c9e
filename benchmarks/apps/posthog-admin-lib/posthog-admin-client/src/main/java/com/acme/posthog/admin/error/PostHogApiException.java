package com.acme.posthog.admin.error;

/**
 * Non-2xx answer from the PostHog private API.
 */
public class PostHogApiException extends RuntimeException {

    private final int statusCode;
    private final String requestPath;

    public PostHogApiException(String message, int statusCode, String requestPath) {
        super(message);
        this.statusCode = statusCode;
        this.requestPath = requestPath;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
        this.requestPath = null;
    }

    public int statusCode() {
        return statusCode;
    }

    public String requestPath() {
        return requestPath;
    }
}
