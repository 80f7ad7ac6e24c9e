package gateway;

import io.micronaut.context.annotation.ConfigurationProperties;

@ConfigurationProperties("posthog")
public record PostHogConfiguration(String personalApiKey, String host) {}
