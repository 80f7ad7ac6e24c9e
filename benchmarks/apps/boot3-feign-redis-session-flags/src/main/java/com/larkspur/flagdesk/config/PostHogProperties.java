package com.larkspur.flagdesk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} keys served by the config server.
 *
 * @param projectApiKey         public project token (phc_), safe for the browser
 * @param personalApiKey        personal API key used for the admin API and local evaluation
 * @param featureFlagsSecureKey feature-flags secure API key (phs_)
 * @param host                  ingestion host, e.g. https://eu.i.posthog.com
 * @param adminHost             private API host, e.g. https://eu.posthog.com
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String host,
        String adminHost,
        long projectId,
        int pollIntervalSeconds) {
}
