package com.acme.flags.posthog;

public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public static PostHogApiException forStatus(int status, String path, String authorization, Throwable cause) {
        return new PostHogApiException(
                "PostHog API " + path + " answered " + status + " (Authorization: " + authorization + ")",
                status, cause);
    }

    public int status() {
        return status;
    }
}
