package com.lumen.insights.config;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Binds the {@code posthog.*} block of application.yml.
 *
 * <p>{@code projectApiKey} is the public ingestion key; {@code personalApiKey} and
 * {@code featureFlagsSecureKey} are server-side secrets and must never leave this service.
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String host,
        @NotBlank String appHost,
        @NotBlank String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        long projectId,
        @DefaultValue("30s") Duration flagPollInterval) {

    public boolean localEvaluationEnabled() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank();
    }
}
