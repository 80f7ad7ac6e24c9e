package com.brackenfield.telemetry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code posthog.*} settings.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogMapping {

    /** Public project token ({@code phc_}). */
    String projectApiKey();

    /** Personal API key used for local flag evaluation and the private API. */
    Optional<String> personalApiKey();

    /** Feature-flags secure API key ({@code phs_}). */
    Optional<String> featureFlagsSecureApiKey();

    @WithDefault("https://eu.i.posthog.com")
    String host();

    @WithDefault("false")
    boolean debug();

    long projectId();

    Flags flags();

    interface Flags {

        @WithDefault("30s")
        Duration pollInterval();

        @WithDefault("true")
        boolean localEvaluation();
    }
}
