package io.northwind.flags.error;

/**
 * A call to PostHog (or another upstream) failed in a way the caller cannot fix.
 */
public class IntegrationException extends RuntimeException {

    private final int upstreamStatus;

    public IntegrationException(String message, int upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }
}
