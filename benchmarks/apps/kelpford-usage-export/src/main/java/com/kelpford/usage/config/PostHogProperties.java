package com.kelpford.usage.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code posthog.*} from application.yml.
 */
@ConfigurationProperties("posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String apiBase,
        long projectId,
        @DefaultValue("30s") Duration pollInterval) {
}
