package com.brightloop.habits.net;

public class FlagSyncException extends Exception {

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
}
