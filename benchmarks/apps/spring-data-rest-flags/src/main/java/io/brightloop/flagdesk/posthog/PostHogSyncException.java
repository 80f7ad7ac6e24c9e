package io.brightloop.flagdesk.posthog;

public class PostHogSyncException extends RuntimeException {

    private final int statusCode;

    public PostHogSyncException(int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }
}
