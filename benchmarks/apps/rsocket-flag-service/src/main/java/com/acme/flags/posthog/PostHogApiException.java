package com.acme.flags.posthog;

public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
