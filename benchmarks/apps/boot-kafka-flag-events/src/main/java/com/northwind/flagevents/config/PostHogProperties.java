package com.northwind.flagevents.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String projectApiKey,
        String personalApiKey,
        String secureKey,
        long projectId) {

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
