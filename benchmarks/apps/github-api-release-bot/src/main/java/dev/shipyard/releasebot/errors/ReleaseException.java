package dev.shipyard.releasebot.errors;

/** A release step failed; the message is meant for the job log. */
public class ReleaseException extends RuntimeException {

    public ReleaseException(String message) {
        super(message);
    }

    public ReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
