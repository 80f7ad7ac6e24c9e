package com.brindlecove.ledgerops.service;

public class PostHogSyncException extends RuntimeException {

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
