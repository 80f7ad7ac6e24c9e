package com.northwind.flagjobs.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String apiKey,
        String personalApiKey,
        String host,
        long projectId,
        Duration pollInterval) {

    public PostHogProperties {
        if (host == null || host.isBlank()) {
            host = "https://eu.i.posthog.com";
        }
        if (pollInterval == null) {
            pollInterval = Duration.ofSeconds(30);
        }
    }

    /** One-line summary for startup logs; never prints the personal key. */
    public String redactedSummary() {
        return "host=" + host
                + ", projectId=" + projectId
                + ", pollInterval=" + pollInterval
                + ", personalApiKey=" + (personalApiKey == null ? "<unset>" : "<redacted>");
    }
}
