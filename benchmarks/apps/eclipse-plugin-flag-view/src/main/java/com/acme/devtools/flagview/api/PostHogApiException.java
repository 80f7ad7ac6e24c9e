package com.acme.devtools.flagview.api;

import java.net.URI;

/**
 * Non-2xx answer from PostHog.
 */
public class PostHogApiException extends Exception {

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

    public static PostHogApiException forResponse(URI uri, int statusCode, String authorization, String body) {
        return new PostHogApiException("PostHog answered " + statusCode + " for GET " + uri
                + " (Authorization: " + authorization + "): " + body, statusCode);
    }

    public int statusCode() {
        return statusCode;
    }

    public boolean isUnauthorized() {
        return statusCode == 401 || statusCode == 403;
    }
}
