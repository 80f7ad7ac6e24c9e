package com.edgeco.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String apiKey,
        String personalApiKey,
        String host,
        String frontendKey,
        boolean debug) {
}
