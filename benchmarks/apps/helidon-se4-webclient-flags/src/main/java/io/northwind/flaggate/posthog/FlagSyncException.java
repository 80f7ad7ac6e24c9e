package io.northwind.flaggate.posthog;

/**
 * Raised when the PostHog management API cannot be reached or rejects a call.
 */
public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.status = 502;
    }

    public int status() {
        return status;
    }
}
