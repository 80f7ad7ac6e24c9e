package com.quillmere.ledger.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the portal needs to talk to PostHog, bound from {@code posthog.*}.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String apiKey,
        @DefaultValue("https://eu.i.posthog.com") String host,
        String personalApiKey,
        String featureFlagsSecureKey,
        long projectId,
        @DefaultValue("30") int pollIntervalSeconds) {

    public boolean hasLocalEvaluationKey() {
        return (featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank())
                || (personalApiKey != null && !personalApiKey.isBlank());
    }
}
