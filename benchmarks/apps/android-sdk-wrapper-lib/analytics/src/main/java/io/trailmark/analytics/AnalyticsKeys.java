package io.trailmark.analytics;

/**
 * Manifest meta-data names and wire constants shared by the initializer and the HTTP clients.
 */
public final class AnalyticsKeys {

    public static final String META_API_KEY = "io.trailmark.analytics.API_KEY";
    public static final String META_HOST = "io.trailmark.analytics.HOST";
    public static final String META_FLAGS_SECURE_KEY = "io.trailmark.analytics.FLAGS_SECURE_KEY";
    public static final String META_AUTO_INIT = "io.trailmark.analytics.AUTO_INIT";
    public static final String META_DEBUG = "io.trailmark.analytics.DEBUG";
    public static final String META_SCREEN_VIEWS = "io.trailmark.analytics.SCREEN_VIEWS";

    public static final String HEADER_AUTHORIZATION = "Authorization";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private AnalyticsKeys() {
    }
}
