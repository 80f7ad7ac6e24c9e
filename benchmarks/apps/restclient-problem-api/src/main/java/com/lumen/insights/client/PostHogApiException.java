package com.lumen.insights.client;

import org.springframework.http.HttpStatusCode;

/**
 * Raised when PostHog answers a server-side call with an error status.
 */
public class PostHogApiException extends RuntimeException {

    private final HttpStatusCode upstreamStatus;

    public PostHogApiException(HttpStatusCode upstreamStatus, String message) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public HttpStatusCode upstreamStatus() {
        return upstreamStatus;
    }
}
