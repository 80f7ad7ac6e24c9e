package com.helpdeskly.flaginspector.api;

/** A flag lookup PostHog did not answer. */
public class FlagLookupException extends RuntimeException {

    public FlagLookupException(String message) {
        super(message);
    }
}
