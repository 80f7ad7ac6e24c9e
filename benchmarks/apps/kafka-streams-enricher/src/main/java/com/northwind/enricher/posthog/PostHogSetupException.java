package com.northwind.enricher.posthog;

public class PostHogSetupException extends Exception {

    private static final long serialVersionUID = 1L;

    public PostHogSetupException(String message) {
        super(message);
    }

    public PostHogSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
