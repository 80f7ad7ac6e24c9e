package io.northwind.flagsync.client;

/**
 * A call to the PostHog API failed.
 */
public class FlagApiException extends RuntimeException {

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
