package com.brambleway.catalog.analytics;

public class FlagsApiException extends Exception {

    private final int status;

    public FlagsApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
