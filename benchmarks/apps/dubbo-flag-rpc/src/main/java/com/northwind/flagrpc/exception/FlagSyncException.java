package com.northwind.flagrpc.exception;

public class FlagSyncException extends RuntimeException {

    private final int status;

    public FlagSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
