package io.relaybay.flaghub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The posthog.* settings of application.yml. */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(String apiKey, String personalApiKey, String host, String apiHost, String projectId) {
}
