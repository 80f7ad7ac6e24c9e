package com.larkfield.flagrelay.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        @DefaultValue("https://eu.i.posthog.com") String host,
        @DefaultValue("https://eu.posthog.com") String appHost,
        @DefaultValue("30") int pollIntervalSeconds) {
}
