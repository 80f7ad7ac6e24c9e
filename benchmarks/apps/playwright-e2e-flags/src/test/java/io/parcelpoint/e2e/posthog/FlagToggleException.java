package io.parcelpoint.e2e.posthog;

/**
 * Raised when the PostHog API refuses a flag change. Caught and reported by the JUnit extension.
 */
public class FlagToggleException extends RuntimeException {

    private final int status;

    public FlagToggleException(String message, int status) {
        super(message);
        this.status = status;
    }

    public FlagToggleException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }
}
