package services;

/**
 * Raised when PostHog feature flags cannot be evaluated for a request.
 */
public class FlagEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FlagEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
