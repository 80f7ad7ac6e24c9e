package com.northwind.flagadmin.config;

public final class PostHogConstants {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    public static final String PUBLIC_PROJECT_KEY = "phc_nAY9S4t5kisnHBJk2XRaR928GiC3Dwu0EnkXSffAI63";
    public static final String FALLBACK_SECURE_KEY = "phs_78uGilZIUvoDoAFhcxTaq8NfsAAllHVLe2yXSxN8gh9";
    public static final String PERSONAL_KEY_INPUT_HINT = "phx_...Zq7f";

    public static final String AUTHORIZATION_SCHEME = "Bearer ";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";
    public static final String FEATURE_FLAGS_PATH = "/api/projects/{projectId}/feature_flags/";
    public static final String OAUTH_TOKEN_PATH = "/oauth/token/";
    public static final String ADMIN_TOKEN_COOKIE = "ph_admin_token";

    private PostHogConstants() {
    }
}
