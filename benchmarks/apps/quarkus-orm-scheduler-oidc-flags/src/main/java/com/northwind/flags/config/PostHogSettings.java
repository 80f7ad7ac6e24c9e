package com.northwind.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Typed view of the {@code posthog.*} configuration tree.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Public project token, safe to hand to browsers. */
    String projectApiKey();

    /** Personal API key used for the admin API and local evaluation. */
    Optional<String> personalApiKey();

    /** Feature-flags secure API key (project secret key). */
    Optional<String> featureFlagsSecureKey();

    @WithDefault("https://us.i.posthog.com")
    String host();

    @WithDefault("https://us.posthog.com")
    String adminHost();

    long projectId();

    @WithDefault("30")
    int pollIntervalSeconds();

    Ops ops();

    /** Second PostHog project that receives operational telemetry. */
    interface Ops {

        String projectApiKey();

        Optional<String> personalApiKey();

        @WithDefault("https://eu.i.posthog.com")
        String host();
    }
}
