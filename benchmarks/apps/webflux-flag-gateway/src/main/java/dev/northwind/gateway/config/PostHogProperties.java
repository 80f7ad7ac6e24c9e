package dev.northwind.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String apiHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey) {
}
