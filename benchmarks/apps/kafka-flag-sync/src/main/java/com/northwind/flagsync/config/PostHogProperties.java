package com.northwind.flagsync.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PostHog connection settings.
 *
 * <p>{@code apiKey} is the project key the SDK captures with; {@code personalApiKey}
 * authenticates against the private flag-management API and local evaluation.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @DefaultValue("https://us.posthog.com") String host,
        String apiKey,
        String personalApiKey,
        long projectId,
        @DefaultValue("PERSONAL") KeyMode keyMode,
        @DefaultValue("false") boolean sdkDebug,
        @DefaultValue("PT30S") Duration pollInterval) {

    public enum KeyMode {
        PERSONAL,
        FEATURE_FLAGS_SECURE
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
