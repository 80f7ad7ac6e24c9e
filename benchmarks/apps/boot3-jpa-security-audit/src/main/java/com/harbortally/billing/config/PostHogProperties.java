package com.harbortally.billing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code posthog.*}. The project key is public; the personal key is only used
 * server-side for local feature-flag evaluation.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        @DefaultValue("https://eu.i.posthog.com") String host,
        String personalApiKey,
        @DefaultValue("false") boolean debug,
        @DefaultValue("30") int pollIntervalSeconds) {

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
