package com.northwind.flagops.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the service needs to talk to PostHog, bound from the {@code posthog.*} properties.
 *
 * @param host ingestion host used by the server SDK
 * @param appHost app host serving the private REST API
 * @param projectId numeric id of the PostHog project
 * @param projectApiKey public project key ({@code phc_...})
 * @param personalApiKey personal API key used for local evaluation and the REST API
 * @param projectSecretKey project secret key (feature-flags secure API key)
 * @param personalApiKeyId id of the personal key, needed to roll it
 * @param syncInterval how often flag definitions are pulled
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @DefaultValue("https://eu.i.posthog.com") String host,
        @DefaultValue("https://eu.posthog.com") String appHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String projectSecretKey,
        String personalApiKeyId,
        @DefaultValue("60s") Duration syncInterval) {
}
