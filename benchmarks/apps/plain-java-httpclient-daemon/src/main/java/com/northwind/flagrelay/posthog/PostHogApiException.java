package com.northwind.flagrelay.posthog;

import java.io.IOException;

/**
 * Raised when a call to the PostHog API fails. Extends {@link IOException} so it can be thrown
 * straight out of an HttpClient response handler.
 */
public class PostHogApiException extends IOException {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isAuthFailure() {
        return status == 401 || status == 403;
    }
}
