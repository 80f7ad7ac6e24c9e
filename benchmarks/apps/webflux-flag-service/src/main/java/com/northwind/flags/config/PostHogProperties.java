package com.northwind.flags.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code posthog.*} in application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String secretKey,
        String host,
        String appHost,
        long projectId,
        int pollIntervalSeconds) {

    public String apiHost() {
        return appHost != null ? appHost : "https://eu.posthog.com";
    }
}
