package com.cohortlab.cohortapi.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Typed view of the {@code posthog.*} properties. Bound by SmallRye Config from
 * application.properties, profile overrides and environment variables.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Ingestion / flags host used by the server SDK. */
    String host();

    /** Host of the PostHog app and its private REST API. */
    String appHost();

    long projectId();

    /** Public project key ({@code phc_...}). */
    String projectApiKey();

    /** Personal API key used for the private API and local flag evaluation. */
    String personalApiKey();

    /** Feature-flags secure API key; empty outside staging/prod. */
    Optional<String> secureApiKey();

    /** Base URL of the insights front end. */
    String frontendUrl();

    @WithDefault("true")
    boolean localEvaluation();

    OAuth oauth();

    interface OAuth {
        String clientId();

        String redirectUri();
    }
}
