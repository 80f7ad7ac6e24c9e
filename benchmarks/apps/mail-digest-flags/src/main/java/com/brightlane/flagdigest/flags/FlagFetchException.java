package com.brightlane.flagdigest.flags;

public class FlagFetchException extends RuntimeException {

    public FlagFetchException(String message) {
        super(message);
    }

    public FlagFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
