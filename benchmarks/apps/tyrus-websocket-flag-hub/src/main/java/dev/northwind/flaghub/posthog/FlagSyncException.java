package dev.northwind.flaghub.posthog;

/** Raised when the flag definitions cannot be fetched from PostHog. */
public class FlagSyncException extends Exception {

    private final int status;

    public FlagSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }
}
