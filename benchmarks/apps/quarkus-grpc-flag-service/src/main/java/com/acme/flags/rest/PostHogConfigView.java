package com.acme.flags.rest;

import com.acme.flags.config.PostHogSettings;

/**
 * Effective PostHog configuration, shown on the admin console's "Integrations" page.
 */
public record PostHogConfigView(
        String host,
        String privateApiHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        int pollIntervalSeconds,
        boolean localEvaluation) {

    public static PostHogConfigView from(PostHogSettings settings) {
        return new PostHogConfigView(
                settings.host(),
                settings.privateApiHost(),
                settings.projectId(),
                settings.apiKey(),
                settings.personalApiKey().orElse(null),
                settings.pollIntervalSeconds(),
                settings.personalApiKey().isPresent() || settings.featureFlagsSecureKey().isPresent());
    }
}
