package com.orbitcart.growthsync.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code posthog.*} settings. The personal key is only needed for the cohort sync and for local
 * flag evaluation.
 */
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String privateApiHost,
        long projectId,
        @DefaultValue("false") boolean debug,
        @DefaultValue Sync sync) {

    public record Sync(@DefaultValue("PT15M") Duration interval, @DefaultValue("100") int pageSize) {
    }

    /** Which credential local flag evaluation runs with. */
    public enum ApiKeyKind {
        PERSONAL, SECURE, NONE
    }

    public ApiKeyKind localEvaluationKeyKind() {
        if (personalApiKey != null && !personalApiKey.isBlank()) {
            return ApiKeyKind.PERSONAL;
        }
        return featureFlagsSecureApiKey != null && !featureFlagsSecureApiKey.isBlank() ? ApiKeyKind.SECURE : ApiKeyKind.NONE;
    }

    public String maskedPersonalApiKey() {
        if (personalApiKey == null || personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }
}
