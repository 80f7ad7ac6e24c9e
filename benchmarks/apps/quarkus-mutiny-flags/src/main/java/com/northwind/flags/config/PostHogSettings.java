package com.northwind.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/**
 * Type-safe view of the {@code posthog.*} configuration tree.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Public project token used by the browser snippet and by capture. */
    String projectApiKey();

    /** Personal API key used for the private REST API (flag definitions). */
    String personalApiKey();

    /** Feature-flags secure API key used for local evaluation. */
    @WithName("feature-flags-secure-api-key")
    Optional<String> featureFlagsSecureApiKey();

    @WithDefault("https://eu.i.posthog.com")
    String host();

    @WithDefault("https://eu.posthog.com")
    String appHost();

    String projectId();

    @WithDefault("false")
    boolean debug();

    @WithDefault("30")
    int pollIntervalSeconds();
}
