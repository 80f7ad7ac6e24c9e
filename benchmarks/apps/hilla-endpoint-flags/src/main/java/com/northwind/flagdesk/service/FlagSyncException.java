package com.northwind.flagdesk.service;

public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
