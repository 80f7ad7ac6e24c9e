package com.ferrowave.flagsync.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/**
 * Binds the {@code posthog.*} block of application.properties.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Project API key (phc_), the same one the web frontend ships. */
    String projectApiKey();

    /** Personal API key of the platform-bot user, used for flag administration and local evaluation. */
    String personalApiKey();

    /** Feature flags secure API key (phs_). Only set in prod. */
    @WithName("feature-flags-secure-api-key")
    Optional<String> secureApiKey();

    /** Ingestion host used by the SDK. */
    @WithDefault("https://eu.i.posthog.com")
    String host();

    /** Host of the PostHog app / private API. */
    @WithDefault("https://eu.posthog.com")
    String appHost();

    long projectId();

    @WithDefault("30")
    int pollIntervalSeconds();
}
