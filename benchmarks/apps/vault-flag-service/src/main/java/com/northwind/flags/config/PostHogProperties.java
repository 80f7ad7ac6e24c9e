package com.northwind.flags.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * PostHog settings. The secret values are served by Vault (secret/vault-flag-service)
 * and only fall back to environment variables on developer machines.
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String host,
        String appHost,
        long projectId,
        @NotBlank String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        boolean debug,
        int pollIntervalSeconds) {

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String localEvaluationKey() {
        if (featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank()) {
            return featureFlagsSecureKey;
        }
        return hasPersonalApiKey() ? personalApiKey : PostHogConstants.FALLBACK_SECURE_KEY;
    }
}
