package com.northwind.flagdesk.posthog;

/** A call to the PostHog private API failed. */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** HTTP status returned by PostHog, or 0 when the request never got an answer. */
    public int getStatus() {
        return status;
    }
}
