package io.lumenfold.cohortjobs.config;

import io.lumenfold.cohortjobs.support.KeyMasker;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * Everything the service needs to talk to PostHog, bound from the {@code posthog} block of
 * application.yml (and the POSTHOG_* environment variables in Kubernetes).
 */
@ConfigurationProperties("posthog")
public record PostHogProperties(
        @NotBlank String host,
        @NotBlank String projectApiKey,
        @Nullable String personalApiKey,
        @Nullable String featureFlagsSecureApiKey,
        long projectId) {

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** A copy that is safe to print: secret keys reduced to PostHog's own mask. */
    public PostHogProperties redacted() {
        return new PostHogProperties(
                host,
                projectApiKey,
                KeyMasker.mask(personalApiKey),
                KeyMasker.mask(featureFlagsSecureApiKey),
                projectId);
    }
}
