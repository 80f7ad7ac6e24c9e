package com.lumenhq.flagsvc.config;

public final class PostHogDefaults {

    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final String EU_APP_HOST = "https://eu.posthog.com";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    public static final String BEARER_PREFIX = "Bearer ";
    public static final String FALLBACK_SECURE_KEY = "phs_uT4TwzFGX07pEFKPWBwKdRvgMaUZ98FzhM3KCzPf4wrtRWm";

    public static final int DEFAULT_POLL_SECONDS = 30;

    private PostHogDefaults() {
    }
}
