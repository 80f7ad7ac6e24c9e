package io.trailmark.analytics;

/**
 * Thrown when {@link AnalyticsOptions} cannot be built from the supplied values.
 */
public class AnalyticsConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AnalyticsConfigException(String message) {
        super(message);
    }

    public AnalyticsConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
