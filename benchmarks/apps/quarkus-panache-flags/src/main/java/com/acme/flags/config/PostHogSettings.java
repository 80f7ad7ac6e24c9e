package com.acme.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Typed view over the {@code posthog.*} configuration keys.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Public project token (phc_...). Safe to ship to browsers. */
    String apiKey();

    /** Personal API key used for local flag evaluation and the admin API. */
    Optional<String> personalApiKey();

    /** Feature-flags secure API key (phs_...), the recommended secret for local evaluation. */
    Optional<String> featureFlagsSecureApiKey();

    String projectId();

    @WithDefault("https://us.i.posthog.com")
    String host();

    @WithDefault("https://us.posthog.com")
    String appHost();

    @WithDefault("false")
    boolean debug();
}
