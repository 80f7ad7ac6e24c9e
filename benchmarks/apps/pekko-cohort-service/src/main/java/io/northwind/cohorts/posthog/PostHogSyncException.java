package io.northwind.cohorts.posthog;

/** A call to PostHog's private API failed. */
public class PostHogSyncException extends RuntimeException {

    private final int statusCode;

    public PostHogSyncException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public PostHogSyncException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int statusCode() {
        return statusCode;
    }
}
