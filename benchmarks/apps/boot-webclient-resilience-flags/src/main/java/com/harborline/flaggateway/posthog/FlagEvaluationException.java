package com.harborline.flaggateway.posthog;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Raised when PostHog refuses or fails a flag request that the gateway cannot
 * paper over with a fallback.
 */
public class FlagEvaluationException extends RuntimeException {

    private final HttpStatusCode upstreamStatus;

    public FlagEvaluationException(String message, HttpStatusCode upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public FlagEvaluationException(String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = HttpStatus.BAD_GATEWAY;
    }

    public HttpStatusCode getUpstreamStatus() {
        return upstreamStatus;
    }
}
