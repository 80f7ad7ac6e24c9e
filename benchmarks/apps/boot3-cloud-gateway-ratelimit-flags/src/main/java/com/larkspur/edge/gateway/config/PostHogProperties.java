package com.larkspur.edge.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 *
 * <ul>
 *   <li>{@code projectApiKey} - public project token used for capture</li>
 *   <li>{@code personalApiKey} - personal key used by the admin API client and flag sync</li>
 *   <li>{@code featureFlagsSecureKey} - secure key for local flag evaluation</li>
 *   <li>{@code oauthAccessToken} - token of the reporting OAuth app</li>
 * </ul>
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String oauthAccessToken,
        @DefaultValue("false") boolean debug,
        @DefaultValue("30") int pollIntervalSeconds,
        @DefaultValue("31877") long projectId) {
}
