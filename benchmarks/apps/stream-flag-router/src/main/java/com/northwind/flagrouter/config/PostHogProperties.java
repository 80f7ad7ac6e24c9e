package com.northwind.flagrouter.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PostHog settings, bound from {@code posthog.*} (application.yml, the config server, or the
 * environment through relaxed binding).
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        @DefaultValue("https://eu.i.posthog.com") String host,
        @DefaultValue("https://eu.posthog.com") String privateApiHost,
        long projectId,
        @DefaultValue("30") int pollIntervalSeconds) {

    public boolean hasLocalEvaluationKey() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank();
    }
}
