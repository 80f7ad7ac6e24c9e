package com.quarrylane.flagadmin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String appHost,
        long projectId,
        @DefaultValue("30") int pollIntervalSeconds) {

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
