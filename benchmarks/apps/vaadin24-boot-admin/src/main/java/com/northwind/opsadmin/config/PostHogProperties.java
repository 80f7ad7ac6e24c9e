package com.northwind.opsadmin.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String host,
        @NotBlank String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        String apiHost,
        long projectId) {

    public boolean localEvaluationEnabled() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank()
                || personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Key used for server-side flag evaluation: the secure key wins over the legacy personal key. */
    public String flagEvaluationKey() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank()
                ? featureFlagsSecureKey
                : personalApiKey;
    }
}
