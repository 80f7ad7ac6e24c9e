package com.tidewell.fleet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Typed view of the {@code posthog.*} block in application.properties.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Name of the property that carries the personal key; used in diagnostics. */
    String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    @WithDefault("https://us.i.posthog.com")
    String host();

    /** Public project token (phc_...), safe to ship to the browser. */
    String projectApiKey();

    /** Personal API key, server-side only: used for local flag evaluation and admin calls. */
    String personalApiKey();

    /** Feature-flags secure key (phs_...), server-side only. */
    Optional<String> featureFlagsSecureKey();

    @WithDefault("false")
    boolean debug();

    @WithDefault("30")
    int pollIntervalSeconds();
}
