package com.northwind.flagstream.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        @DefaultValue("30") int pollIntervalSeconds,
        @DefaultValue("false") boolean allowLegacyKey,
        OAuth oauth) {

    public record OAuth(String clientId, String clientSecret, String redirectUri) {
    }
}
