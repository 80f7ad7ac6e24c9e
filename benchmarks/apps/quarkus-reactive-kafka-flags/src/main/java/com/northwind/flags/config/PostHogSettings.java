package com.northwind.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Typed view of the {@code posthog.*} properties.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Ingestion host used for capture and flag evaluation. */
    @WithDefault("https://eu.i.posthog.com")
    String host();

    /** Application host serving the private REST API. */
    @WithDefault("https://eu.posthog.com")
    String appHost();

    long projectId();

    /** Public project token (phc_...). */
    String projectApiKey();

    /** Personal API key used for the private REST API. */
    String personalApiKey();

    /** Feature-flags secure API key used for local evaluation. */
    @WithDefault("")
    String flagsSecureKey();

    @WithDefault("30")
    int pollIntervalSeconds();

    @WithDefault("false")
    boolean debug();
}
