package com.northwind.flagsync.sync;

public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
