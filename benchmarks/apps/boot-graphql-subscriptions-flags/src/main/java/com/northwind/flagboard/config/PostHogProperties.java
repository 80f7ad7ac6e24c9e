package com.northwind.flagboard.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Binds the {@code posthog.*} block of application.yml.
 *
 * @param projectApiKey          public project token ({@code phc_...}), safe to hand to browsers
 * @param personalApiKey         personal API key of the flagboard service user, admin API only
 * @param featureFlagsSecretKey  feature-flags secure API key used for local evaluation
 * @param host                   ingestion host
 * @param adminHost              private API host
 * @param projectId              numeric PostHog project id
 * @param pollIntervalSeconds    local-evaluation poll interval
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecretKey,
        @DefaultValue("https://eu.i.posthog.com") String host,
        @DefaultValue("https://eu.posthog.com") String adminHost,
        long projectId,
        @DefaultValue("30") int pollIntervalSeconds) {
}
