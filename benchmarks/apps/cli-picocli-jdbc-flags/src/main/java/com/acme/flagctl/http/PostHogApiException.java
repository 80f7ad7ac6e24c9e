package com.acme.flagctl.http;

import java.net.http.HttpRequest;

/**
 * A PostHog API call returned an error status.
 */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(HttpRequest request, int status, String responseBody) {
        super(String.format("%s %s -> HTTP %d%nrequest headers: %s%nresponse: %s",
                request.method(), request.uri(), status, request.headers().map(), abbreviate(responseBody)));
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }

    public boolean isAuthError() {
        return status == 401 || status == 403;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }
}
