package com.harbourline.flagrelay.client;

public class PostHogApiException extends RuntimeException {

    private final int status;
    private final boolean retryable;

    public PostHogApiException(int status, boolean retryable, String message) {
        super(message);
        this.status = status;
        this.retryable = retryable;
    }

    public int getStatus() {
        return status;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
