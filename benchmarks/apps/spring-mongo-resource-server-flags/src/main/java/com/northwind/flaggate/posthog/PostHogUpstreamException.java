package com.northwind.flaggate.posthog;

import org.springframework.http.HttpStatusCode;

/**
 * Raised when PostHog's private API answers with an error status.
 */
public class PostHogUpstreamException extends RuntimeException {

    private final HttpStatusCode upstreamStatus;

    public PostHogUpstreamException(String message, HttpStatusCode upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public PostHogUpstreamException(String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = null;
    }

    public HttpStatusCode getUpstreamStatus() {
        return upstreamStatus;
    }
}
