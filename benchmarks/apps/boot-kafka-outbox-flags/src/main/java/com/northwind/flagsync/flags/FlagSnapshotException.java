package com.northwind.flagsync.flags;

public class FlagSnapshotException extends RuntimeException {

    public FlagSnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
