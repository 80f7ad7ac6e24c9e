package io.acme.phconnect.posthog;

/**
 * A call to PostHog's private API failed.
 */
public class PostHogApiException extends RuntimeException {

    private final int statusCode;

    public PostHogApiException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
