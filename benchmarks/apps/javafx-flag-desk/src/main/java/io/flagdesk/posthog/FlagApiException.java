package io.flagdesk.posthog;

/**
 * A call to PostHog's private API failed.
 */
public class FlagApiException extends Exception {

    private final int statusCode;

    public FlagApiException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public FlagApiException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isUnauthorized() {
        return statusCode == 401 || statusCode == 403;
    }
}
