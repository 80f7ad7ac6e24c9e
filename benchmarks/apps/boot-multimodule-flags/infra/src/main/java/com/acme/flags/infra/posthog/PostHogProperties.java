package com.acme.flags.infra.posthog;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Platform-level PostHog settings (our own project, not the tenants').
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(String host,
                                String adminHost,
                                String apiKey,
                                String personalApiKey,
                                String featureFlagsSecureApiKey,
                                boolean debug,
                                Sync sync) {

    public record Sync(Duration interval) {
    }
}
