package io.jenkins.plugins.posthog;

/**
 * Immutable view of the global configuration, taken once per build.
 */
public record PostHogSettings(
        String host,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureKey,
        boolean debugLogging) {

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public PostHogSettings redacted() {
        return new PostHogSettings(
                host,
                projectApiKey,
                KeyMasker.mask(personalApiKey),
                KeyMasker.mask(featureFlagsSecureKey),
                debugLogging);
    }
}
