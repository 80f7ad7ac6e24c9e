package gg.lumenmc.flaggate.posthog;

/**
 * Raised when a call to PostHog's private REST API fails.
 */
public class PostHogApiException extends Exception {

    private static final long serialVersionUID = 1L;

    public PostHogApiException(String message) {
        super(message);
    }

    public PostHogApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
