package com.acme.clickstream;

/**
 * A click event could not be delivered to PostHog.
 */
public class SinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
