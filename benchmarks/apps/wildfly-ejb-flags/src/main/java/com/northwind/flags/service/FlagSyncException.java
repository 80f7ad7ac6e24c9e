package com.northwind.flags.service;

public class FlagSyncException extends Exception {

    public FlagSyncException(String message) {
        super(message);
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
