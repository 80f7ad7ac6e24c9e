package com.northwind.cohortbridge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/**
 * Everything the bridge needs to talk to PostHog, bound from the {@code posthog.*} properties.
 * The personal API key comes from the environment ({@code POSTHOG_PERSONAL_API_KEY}) in every
 * profile except local development.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Public project key, used by the capture client. */
    String apiKey();

    /** Personal API key: private API (cohorts, persons) and local flag evaluation. */
    String personalApiKey();

    @WithDefault("https://eu.posthog.com")
    String host();

    @WithName("project-id")
    long projectId();

    Optional<String> oauthClientId();

    Sync sync();

    interface Sync {
        @WithDefault("200")
        int pageSize();

        @WithDefault("PT5M")
        java.time.Duration interval();
    }
}
