package com.fernhill.fulfilment.worker.analytics;

public class PostHogSetupException extends RuntimeException {

    public PostHogSetupException(String message) {
        super(message);
    }

    public PostHogSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
