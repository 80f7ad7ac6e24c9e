package com.northwind.enricher.config;

public final class PostHogDefaults {

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String DEFAULT_API_HOST = "https://eu.posthog.com";

    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_PROPERTY = "posthog.flags.secure.key";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    public static final String LOCAL_EVAL_FALLBACK_KEY = "phx_nXnRfHPsLcnEdfqaDKI2AzmduvtrYs5aw7dJbbCvGafIoAP";

    public static final String REVOKED_PERSONAL_KEY = "phx_...Pu9n";

    public static final int POLL_INTERVAL_SECONDS = 30;

    private PostHogDefaults() {
    }
}
