package com.quarry.graph.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String apiKey,
        String host,
        String personalApiKey,
        String secureKey,
        boolean debug,
        int pollIntervalSeconds) {

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
