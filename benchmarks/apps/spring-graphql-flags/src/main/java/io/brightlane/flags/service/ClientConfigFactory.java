package io.brightlane.flags.service;

import io.brightlane.flags.config.PostHogProperties;
import io.brightlane.flags.graphql.dto.ClientAnalyticsConfig;
import org.springframework.stereotype.Component;

@Component
public class ClientConfigFactory {

    private final PostHogProperties properties;

    public ClientConfigFactory(PostHogProperties properties) {
        this.properties = properties;
    }

    public ClientAnalyticsConfig forStorefront() {
        return new ClientAnalyticsConfig(properties.getApiKey(), properties.getHost(), null, true);
    }

    public ClientAnalyticsConfig forConsole() {
        return new ClientAnalyticsConfig(
                properties.getApiKey(),
                properties.getHost(),
                properties.getFeatureFlagsSecureKey(),
                false);
    }
}
