package com.quarrylane.flagadmin.support;

public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
