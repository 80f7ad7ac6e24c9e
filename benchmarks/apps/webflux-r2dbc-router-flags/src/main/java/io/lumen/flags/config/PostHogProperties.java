package io.lumen.flags.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the service needs to talk to PostHog. Bound from the {@code posthog.*} block of
 * application.yml; the secret values come from the environment.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String apiKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String appHost,
        Long projectId,
        String personalApiKey,
        String featureFlagsSecureKey,
        @DefaultValue("30") int pollIntervalSeconds) {

    /** Shows only the prefix of a key, for logs and status pages. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", appHost=" + appHost
                + ", projectId=" + projectId
                + ", apiKey=" + apiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "]";
    }
}
