package com.acme.flagsync.data;

public class FlagSyncException extends Exception {

    private final int httpStatus;

    public FlagSyncException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = -1;
    }

    public int getHttpStatus() {
        return httpStatus;
    }
}
