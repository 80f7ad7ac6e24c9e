package com.brightlane.flagsfn.posthog;

public class PostHogApiException extends RuntimeException {

    private final int statusCode;

    public PostHogApiException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
