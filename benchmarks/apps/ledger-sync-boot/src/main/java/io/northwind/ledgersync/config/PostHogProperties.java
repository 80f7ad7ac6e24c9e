package io.northwind.ledgersync.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the service needs to talk to PostHog, bound from the {@code posthog.*} section of
 * application.yml (and the POSTHOG_* environment variables in the cluster).
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String apiKey,
        @NotBlank String personalApiKey,
        @NotBlank String host,
        long projectId,
        int syncPageSize) {

    public String apiBaseUrl() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }
}
