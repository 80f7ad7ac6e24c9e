package com.northwind.flags.model;

/** PostHog's private API answered with an error. */
public class FlagApiException extends RuntimeException {

    private final int status;

    public FlagApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
