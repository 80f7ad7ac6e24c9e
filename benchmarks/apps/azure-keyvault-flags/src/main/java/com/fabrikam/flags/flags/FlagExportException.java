package com.fabrikam.flags.flags;

public class FlagExportException extends RuntimeException {

    private final int statusCode;

    public FlagExportException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isRetryable() {
        return statusCode == 429 || statusCode >= 500;
    }
}
