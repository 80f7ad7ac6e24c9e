package com.lumenstack.connect.posthog.client;

public class PostHogApiException extends Exception {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }

    public boolean isAuthFailure() {
        return status == 401 || status == 403;
    }
}
