package com.northwind.flagconsole.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for the PostHog project this console manages. Bound from the
 * {@code posthog.*} keys in application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        @DefaultValue("https://eu.i.posthog.com") String host,
        @DefaultValue("https://eu.posthog.com") String appHost,
        Long projectId,
        @DefaultValue("30") int pollIntervalSeconds) {

    /** Secure key of the pre-2025 project, still used by the legacy-sync profile. */
    public static final String LEGACY_SECURE_KEY_PREFIX = "phs_";
    public static final String LEGACY_SECURE_KEY_BODY = "F7HeSrcvmRkkuXGPSoaqVH6BxShKE9YF5chYGCgjgGqCiq35";

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Same shape PostHog uses in its own settings page: first four, dots, last four. */
    public String maskedPersonalKey() {
        if (!localEvaluationEnabled() || personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    static String mask(String value) {
        if (value == null || value.length() < 8) {
            return "****";
        }
        return value.substring(0, 4) + "****";
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", appHost=" + appHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", featureFlagsSecureKey=" + mask(featureFlagsSecureKey)
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
