package com.larkfield.flagrelay.flags;

public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
