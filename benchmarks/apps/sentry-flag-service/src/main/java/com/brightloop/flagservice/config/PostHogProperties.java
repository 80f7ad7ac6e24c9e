package com.brightloop.flagservice.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PostHog settings bound from the {@code posthog.*} block of application.yml.
 *
 * @param host ingestion host
 * @param apiKey the public project key ({@code phc_})
 * @param personalApiKey personal API key used for local flag evaluation
 * @param featureFlagsSecureApiKey project secret key used by the flag definitions endpoint
 * @param oauth OAuth client settings for the "connect PostHog" integration
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
    String host,
    String apiKey,
    String personalApiKey,
    String featureFlagsSecureApiKey,
    OAuth oauth) {

  public record OAuth(String clientId, String redirectUri) {}
}
