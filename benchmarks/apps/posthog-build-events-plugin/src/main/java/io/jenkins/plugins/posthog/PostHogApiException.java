package io.jenkins.plugins.posthog;

/**
 * A call to the PostHog REST API failed.
 */
public class PostHogApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public PostHogApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus() {
        return status;
    }
}
