package io.northwind.flagportal.flags;

/** Raised when the flag definitions cannot be pulled from PostHog. */
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

    public int getStatus() {
        return status;
    }
}
