package com.northwind.dispatch.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String apiHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        OAuth oauth) {

    public record OAuth(String clientId, String clientSecret, String redirectUri) {
    }

    /** Same format the PostHog UI uses: first 4 + "..." + last 4. */
    public String maskedPersonalKey() {
        if (personalApiKey == null || personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
