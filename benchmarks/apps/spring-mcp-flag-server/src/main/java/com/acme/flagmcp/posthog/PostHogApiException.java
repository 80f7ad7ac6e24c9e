package com.acme.flagmcp.posthog;

import org.springframework.http.HttpStatusCode;

public class PostHogApiException extends RuntimeException {

    private final HttpStatusCode status;

    public PostHogApiException(HttpStatusCode status, String message) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = null;
    }

    public HttpStatusCode getStatus() {
        return status;
    }

    public boolean isAuthFailure() {
        return status != null && (status.value() == 401 || status.value() == 403);
    }
}
