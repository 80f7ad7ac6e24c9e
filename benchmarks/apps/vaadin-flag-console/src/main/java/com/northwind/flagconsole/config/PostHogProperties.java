package com.northwind.flagconsole.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code posthog.*}. The personal API key is used for the private REST API
 * (flag management); the project API key only tags the console's own audit events.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey) {
}
