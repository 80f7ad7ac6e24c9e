package com.northwind.flagrouter.flags;

/** Flag definitions could not be fetched from PostHog. */
public class FlagSyncException extends RuntimeException {

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
