package com.fernhill.auditportal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code posthog.*} in application.yml. Secrets come from the environment
 * (POSTHOG_PERSONAL_API_KEY, POSTHOG_SECRET_KEY) through the placeholders there.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String apiKey,
        String host,
        String personalApiKey,
        String secretKey,
        String oauthClientId,
        @DefaultValue("true") boolean localEvaluation) {

    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";

    /** Same masking as the PostHog UI: first 4 and last 4 characters. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public String privateApiHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }
}
