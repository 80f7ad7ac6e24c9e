package com.northwind.flagconsole.service;

/** Raised when the PostHog API cannot be read or written during a flag sync. */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
