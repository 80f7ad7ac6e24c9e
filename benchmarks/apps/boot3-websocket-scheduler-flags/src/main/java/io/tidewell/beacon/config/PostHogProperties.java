package io.tidewell.beacon.config;

import io.tidewell.beacon.support.PostHogDefaults;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Bound from the {@code posthog.*} block of application.yml.
 * Secrets come from the environment (POSTHOG_PERSONAL_API_KEY, POSTHOG_FEATURE_FLAGS_SECURE_API_KEY).
 */
@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String host,
        @NotBlank String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        int pollIntervalSeconds,
        boolean debug,
        OAuth oauth) {

    public record OAuth(String clientId, String tokenUrl) {
    }

    public boolean hasLocalEvaluationKey() {
        return featureFlagsSecureKey != null && !featureFlagsSecureKey.isBlank();
    }

    /** The key used for /local_evaluation: prefer the secure key, then the personal key. */
    public String localEvaluationKey() {
        if (hasLocalEvaluationKey()) {
            return featureFlagsSecureKey;
        }
        if (personalApiKey != null && !personalApiKey.isBlank()) {
            return personalApiKey;
        }
        return PostHogDefaults.LOADTEST_SECURE_KEY;
    }
}
