package com.tessaline.flaggate.config;

/**
 * Names of environment variables and JSON config paths. Values come from the
 * Vert.x config retriever (file store first, env store overrides).
 */
public final class ConfigKeys {

    public static final String PROFILE = "FLAGGATE_PROFILE";
    public static final String PROJECT_API_KEY = "POSTHOG_PROJECT_API_KEY";
    public static final String PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_API_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String ADMIN_PASSWORD = "FLAGGATE_ADMIN_PASSWORD";

    public static final String POSTHOG_SECTION = "posthog";
    public static final String OAUTH_SECTION = "oauth";

    private ConfigKeys() {
    }
}
