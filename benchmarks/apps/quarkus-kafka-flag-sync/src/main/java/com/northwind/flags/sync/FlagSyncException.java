package com.northwind.flags.sync;

public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return status == 429 || status >= 500;
    }
}
