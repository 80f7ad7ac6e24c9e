package com.northwind.flags.config;

public final class PostHogConstants {

    public static final String AUTH_HEADER = "Authorization";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    /** Public project token of the sandbox project, also embedded in the web snippet. */
    public static final String SANDBOX_PROJECT_API_KEY = "phc_rye46iwCeRwkf78CAJcMBCVhi8tc2vRoKtVcGMUt6MWH";

    static final String SECURE_KEY_PREFIX = "phs_";
    static final String FALLBACK_SECURE_KEY = SECURE_KEY_PREFIX + LegacyKeyParts.HEAD + LegacyKeyParts.TAIL;

    public static final String FLAGS_PATH = "/api/projects/{projectId}/feature_flags/";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private PostHogConstants() {
    }
}
