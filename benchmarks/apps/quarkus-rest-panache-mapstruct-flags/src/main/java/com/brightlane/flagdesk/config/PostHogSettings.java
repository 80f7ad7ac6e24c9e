package com.brightlane.flagdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Typed view of the {@code posthog.*} configuration tree.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Ingestion host, e.g. https://us.i.posthog.com */
    @WithDefault("https://us.i.posthog.com")
    String host();

    /** Numeric id of the PostHog project that owns our flags. */
    long projectId();

    /** Public project token (phc_...), safe to hand to browsers. */
    String projectApiKey();

    /** Personal API key used for the admin API (feature flag definitions). */
    String personalApiKey();

    /** Feature flags secure API key, used by the server SDK for local evaluation. */
    String featureFlagsSecureApiKey();

    @WithDefault("30")
    int pollIntervalSeconds();
}
