package com.acme.flags.service;

public class PostHogSyncException extends RuntimeException {

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
