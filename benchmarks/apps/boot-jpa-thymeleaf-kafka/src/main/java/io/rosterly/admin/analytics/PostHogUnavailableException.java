package io.rosterly.admin.analytics;

/**
 * Raised when the PostHog management API cannot be reached or rejects a request.
 */
public class PostHogUnavailableException extends RuntimeException {

    private final int status;

    public PostHogUnavailableException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
