package com.northwind.fieldops.config;

import com.northwind.fieldops.BuildConfig;

/**
 * Process-wide PostHog settings. Values come from BuildConfig (filled from gradle.properties or
 * the CI's ORG_GRADLE_PROJECT_* variables) and from {@link FlagKeys}.
 */
public final class FlagConfig {

    private static final FlagConfig INSTANCE = new FlagConfig(
            FlagKeys.PROJECT_API_KEY,
            BuildConfig.POSTHOG_HOST,
            BuildConfig.POSTHOG_PERSONAL_API_KEY);

    private final String projectApiKey;
    private final String host;
    private final String personalApiKey;
    private final String featureFlagsSecureKey = FlagKeys.SECURE_KEY_PREFIX + FlagKeys.SECURE_KEY_BODY;

    private FlagConfig(String projectApiKey, String host, String personalApiKey) {
        this.projectApiKey = projectApiKey;
        this.host = host == null || host.isEmpty() ? FlagKeys.DEFAULT_HOST : host;
        this.personalApiKey = personalApiKey;
    }

    public static FlagConfig get() {
        return INSTANCE;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isEmpty();
    }
}
