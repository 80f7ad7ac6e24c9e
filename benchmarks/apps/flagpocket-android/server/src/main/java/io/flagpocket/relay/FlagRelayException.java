package io.flagpocket.relay;

/** A flag could not be evaluated or fetched from PostHog. */
public class FlagRelayException extends RuntimeException {

    public FlagRelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
