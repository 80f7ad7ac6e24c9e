package dev.heronlabs.flags.posthog;

public class FlagSyncException extends Exception {

    public FlagSyncException(String message) {
        super(message);
    }

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
