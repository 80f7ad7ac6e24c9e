package com.larkspur.flagdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * PostHog connection settings, bound from the {@code posthog.*} namespace.
 * Secrets come from the environment (see .env.example and the k8s secret).
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Public project token (phc_), safe to ship to the browser. */
    String projectApiKey();

    /** Personal API key used for the private REST API (flag admin). */
    String personalApiKey();

    /** Feature-flags secure key (phs_) used by the SDK for local evaluation. */
    String featureFlagsSecureApiKey();

    String projectId();

    @WithDefault("https://eu.i.posthog.com")
    String host();

    @WithDefault("30")
    int pollIntervalSeconds();

    @WithDefault("false")
    boolean debug();

    @WithDefault("production")
    String environment();
}
