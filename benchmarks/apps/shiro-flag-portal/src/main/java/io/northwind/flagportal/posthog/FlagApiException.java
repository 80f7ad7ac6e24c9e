package io.northwind.flagportal.posthog;

/** PostHog's private API answered with an error. */
public class FlagApiException extends Exception {

    private final int status;

    public FlagApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
