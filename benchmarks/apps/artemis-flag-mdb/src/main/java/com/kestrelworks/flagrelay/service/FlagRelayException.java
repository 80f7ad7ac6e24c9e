package com.kestrelworks.flagrelay.service;

public class FlagRelayException extends RuntimeException {

    private final int status;

    public FlagRelayException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagRelayException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
