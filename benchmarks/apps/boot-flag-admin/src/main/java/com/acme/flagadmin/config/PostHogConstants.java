package com.acme.flagadmin.config;

public final class PostHogConstants {

    /** Header the browser snippet reads the public project token from. */
    public static final String PROJECT_KEY_HEADER = "X-PostHog-Key";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    public enum AuthMode {
        PROJECT_API_KEY,
        PERSONAL_API_KEY,
        SECURE_API_KEY,
        OAUTH_TOKEN
    }

    private PostHogConstants() {
    }
}
