package com.edgeco.gateway.posthog;

public class PostHogApiException extends RuntimeException {

    public PostHogApiException(String message) {
        super(message);
    }
}
