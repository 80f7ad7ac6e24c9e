package com.acme.flagevents.config;

import java.util.Objects;

/**
 * PostHog settings, read once at start-up from the environment.
 */
public final class PostHogSettings {

    static final String FALLBACK_FLAGS_SECURE_KEY = PostHogConstants.FLAGS_KEY_PREFIX + PostHogConstants.FLAGS_KEY_BODY;

    private static final String FALLBACK_PROJECT_KEY = "phc_Y9Sc7SemHdBHrNSdDXf5Sh6PZQgn3FcBKzdHT8D43zN4";

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;

    private PostHogSettings(String host, String projectApiKey, String personalApiKey, String flagsSecureKey) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
    }

    public static PostHogSettings fromEnvironment() {
        String host = Objects.requireNonNullElse(System.getenv("POSTHOG_HOST"), PostHogConstants.DEFAULT_HOST);
        String projectKey = Objects.requireNonNullElse(System.getenv("POSTHOG_PROJECT_API_KEY"), FALLBACK_PROJECT_KEY);
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        String secureKey = Objects.requireNonNullElse(
                System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"), FALLBACK_FLAGS_SECURE_KEY);
        return new PostHogSettings(host, projectKey, personalKey, secureKey);
    }

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
