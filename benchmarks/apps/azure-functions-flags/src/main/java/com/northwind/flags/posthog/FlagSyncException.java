package com.northwind.flags.posthog;

public class FlagSyncException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public FlagSyncException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isRetryable() {
        return statusCode < 0 || statusCode == 429 || statusCode >= 500;
    }
}
