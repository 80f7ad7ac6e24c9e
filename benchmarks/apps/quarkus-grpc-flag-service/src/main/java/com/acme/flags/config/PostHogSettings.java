package com.acme.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * PostHog connection settings, bound from the {@code posthog.*} namespace.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Project API key ({@code phc_...}); public, also handed to the web front-end. */
    String apiKey();

    /** Ingestion host used by the SDK. */
    @WithDefault("https://eu.i.posthog.com")
    String host();

    /** Host of the private REST API (flag definitions, project admin). */
    @WithDefault("https://eu.posthog.com")
    String privateApiHost();

    long projectId();

    /** Personal API key used for local evaluation and the private API. */
    Optional<String> personalApiKey();

    /** Feature-flags secure API key ({@code phs_...}), preferred over the personal key. */
    Optional<String> featureFlagsSecureKey();

    @WithDefault("30")
    int pollIntervalSeconds();

    @WithDefault("false")
    boolean debug();
}
