package io.brightloop.flagproxy.posthog;

/** A call to PostHog's private API failed. */
public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
