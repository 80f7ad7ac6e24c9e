package com.larkvale.eventsync.exception;

public class ExportFailedException extends RuntimeException {

    public ExportFailedException(String message) {
        super(message);
    }

    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
