package io.meridian.hub.client;

/**
 * Raised when the PostHog API answers with an error the hub cannot recover from.
 */
public class FlagsApiException extends RuntimeException {

    private final int status;

    public FlagsApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public FlagsApiException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
