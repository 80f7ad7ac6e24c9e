package com.northwind.billing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String apiKey,
        String host,
        String personalApiKey,
        String featureFlagsSecureKey,
        int pollIntervalSeconds) {
}
