package io.lumenpay.flags.error;

public class FlagSyncException extends Exception {

    private static final long serialVersionUID = 1L;

    public FlagSyncException(String message) {
        super(message);
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
