package com.brightleaf.freeflags.config;

/**
 * PostHog credentials and endpoints used by the app.
 *
 * <p>The project key is public by design and is what the SDK needs. The other keys are used by
 * the flag inspector in debug builds to read flag definitions without waiting for /decide.
 */
public final class AnalyticsKeys {

    public static final String POSTHOG_HOST = "https://eu.i.posthog.com";
    public static final String POSTHOG_APP_HOST = "https://eu.posthog.com";

    public static final String PROJECT_API_KEY = "phc_geCUf3iRd3sfdHFiE6TuCtdUwcX95FEhELUtW7kEhAWZXRg6";

    public static final String PERSONAL_API_KEY = "phx_dYSuNx6qQfPFnsiL33qqfG5Qq9zYRdcGrQfm5aTwdQbARewm";

    private static final String SECURE_PREFIX = "phs_";
    private static final String SECURE_BODY = "YLnhXN43wRxuFg6rFTCXBRbFQNYvUPDf5y3ziH9AVCFMVxho";
    public static final String FLAGS_SECURE_API_KEY = SECURE_PREFIX + SECURE_BODY;

    public static final String HEADER_API_KEY = "X-Api-Key";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private AnalyticsKeys() {
    }
}
