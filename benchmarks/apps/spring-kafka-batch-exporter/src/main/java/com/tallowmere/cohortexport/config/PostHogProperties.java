package com.tallowmere.cohortexport.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 *
 * @param apiKey                   project token (phc_), also used by the dashboard snippet
 * @param personalApiKey           personal API key used for the private cohort API
 * @param featureFlagsSecureApiKey feature-flags secure key used for local evaluation
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String host,
        String apiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        String projectId,
        boolean debug,
        int pollIntervalSeconds) {

    public String privateApiBase() {
        return host + "/api/projects/" + projectId;
    }
}
