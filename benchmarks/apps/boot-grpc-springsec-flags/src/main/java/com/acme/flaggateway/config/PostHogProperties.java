package com.acme.flaggateway.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * PostHog settings. {@code projectApiKey} is the public phc_ key; the personal key and the
 * feature-flags secure key are only used server-side for local evaluation and the admin API.
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String appHost,
        @Positive long projectId,
        @DefaultValue("false") boolean debug,
        @DefaultValue("30") int pollIntervalSeconds) {

    /** PostHog recommends the secure key for local evaluation; fall back to the personal key. */
    public String localEvaluationKey() {
        if (featureFlagsSecureApiKey != null && !featureFlagsSecureApiKey.isBlank()) {
            return featureFlagsSecureApiKey;
        }
        return personalApiKey;
    }
}
