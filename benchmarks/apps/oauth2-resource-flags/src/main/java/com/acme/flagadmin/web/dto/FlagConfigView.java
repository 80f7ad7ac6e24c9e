package com.acme.flagadmin.web.dto;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.support.SecretMasker;

/**
 * What the diagnostics endpoint shows about the PostHog wiring.
 */
public record FlagConfigView(
        String host,
        String adminHost,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String featureFlagsSecureApiKey,
        boolean verboseSdk) {

    public static FlagConfigView from(PostHogProperties posthog) {
        return new FlagConfigView(posthog.host(), posthog.adminHost(), posthog.projectId(),
                posthog.projectApiKey(), posthog.personalApiKey(), posthog.featureFlagsSecureApiKey(),
                posthog.verboseSdk());
    }

    public static FlagConfigView masked(PostHogProperties posthog) {
        return new FlagConfigView(posthog.host(), posthog.adminHost(), posthog.projectId(),
                posthog.projectApiKey(), SecretMasker.mask(posthog.personalApiKey()),
                SecretMasker.mask(posthog.featureFlagsSecureApiKey()), posthog.verboseSdk());
    }
}
