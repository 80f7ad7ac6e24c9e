package com.acme.flagadmin.config;

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
        String secretKey,
        boolean debug) {
}
