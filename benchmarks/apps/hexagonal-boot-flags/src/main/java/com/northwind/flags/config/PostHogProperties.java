package com.northwind.flags.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code posthog.*} in application.yml.
 *
 * <p>The project API key is public and may be handed to browsers. The personal API key and the
 * feature-flags secure key are server-only credentials.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String apiHost,
        long projectId,
        @DefaultValue("30") int pollIntervalSeconds,
        Oauth oauth) {

    /** Prefix PostHog puts in front of project secret keys. */
    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Used by conditional beans that only make sense with local evaluation. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public record Oauth(String clientId, String clientSecret, String tokenUri) {
    }

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + mask(personalApiKey)
                + ", featureFlagsSecureKey=" + featureFlagsSecureKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + "]";
    }
}
