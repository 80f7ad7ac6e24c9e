package com.northwind.rollout.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PostHog settings. {@code host} is the ingestion/flags host used by the SDK,
 * {@code apiHost} the private REST API used for flag management.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String apiHost,
        String projectId,
        String projectApiKey,
        String personalApiKey,
        String flagsSecureKey,
        @DefaultValue("30") int pollIntervalSeconds,
        @DefaultValue("false") boolean localEvaluation) {
}
