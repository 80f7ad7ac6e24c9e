package com.northwind.loyalty.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Typed view of the {@code posthog.*} configuration.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Public project token; the web app embeds it as well. */
    String projectApiKey();

    /** Personal API key, used for the admin API (flag definition export). */
    @WithDefault("")
    String personalApiKey();

    /** Feature-flags secure API key, used for local evaluation. */
    @WithDefault("")
    String featureFlagsSecureKey();

    @WithDefault("https://eu.i.posthog.com")
    String host();

    @WithDefault("https://eu.posthog.com")
    String appHost();

    @WithDefault("false")
    boolean debug();

    @WithDefault("30")
    int pollIntervalSeconds();

    Optional<String> projectId();
}
