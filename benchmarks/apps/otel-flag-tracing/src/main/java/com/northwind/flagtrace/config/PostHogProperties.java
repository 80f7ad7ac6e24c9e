package com.northwind.flagtrace.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code posthog.*} in application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        URI host,
        URI privateApiHost,
        long projectId,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        @DefaultValue("X-PostHog-Key") String apiKeyHeader,
        @DefaultValue("30s") Duration pollInterval,
        OAuth oauth) {

    public record OAuth(String clientId, String clientSecret, String refreshToken) {
    }

    public boolean localEvaluationConfigured() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
