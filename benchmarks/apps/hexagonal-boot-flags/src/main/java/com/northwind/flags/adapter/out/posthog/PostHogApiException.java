package com.northwind.flags.adapter.out.posthog;

import lombok.Getter;

/**
 * Raised when the PostHog API answers with an error the adapter cannot recover from.
 */
@Getter
public class PostHogApiException extends RuntimeException {

    private final int statusCode;

    public PostHogApiException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public static PostHogApiException rejectedCredentials(String keyUsed, int statusCode) {
        return new PostHogApiException(
                "PostHog rejected API key " + keyUsed + " with HTTP " + statusCode, statusCode, null);
    }

    public static PostHogApiException unavailable(String endpoint, int statusCode, Throwable cause) {
        return new PostHogApiException(
                "PostHog endpoint " + endpoint + " answered HTTP " + statusCode, statusCode, cause);
    }
}
