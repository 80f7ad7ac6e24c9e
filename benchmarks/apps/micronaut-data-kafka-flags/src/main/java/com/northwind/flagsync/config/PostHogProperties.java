package com.northwind.flagsync.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * Binds the {@code posthog.*} block of application.yml.
 */
@ConfigurationProperties("posthog")
public record PostHogProperties(
        @NotBlank String projectApiKey,
        @Nullable String personalApiKey,
        @Nullable String featureFlagsSecureKey,
        @NotBlank String host,
        @NotBlank String apiHost,
        long projectId,
        boolean debug) {

    public boolean localEvaluationEnabled() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank();
    }

    public String maskedPersonalKey() {
        return mask(personalApiKey);
    }

    public String maskedSecureKey() {
        return mask(featureFlagsSecureKey);
    }

    /** Same shape PostHog uses in its own UI: first four, an ellipsis, last four. */
    static String mask(@Nullable String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
