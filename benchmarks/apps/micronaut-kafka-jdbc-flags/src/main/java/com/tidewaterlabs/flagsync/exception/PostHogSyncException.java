package com.tidewaterlabs.flagsync.exception;

public class PostHogSyncException extends RuntimeException {

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
