package com.acme.flagdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Typed view of the {@code posthog.*} configuration tree.
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Ingestion host used by the server SDK and the capture endpoint. */
    @WithDefault("https://eu.i.posthog.com")
    String host();

    /** Private API host (feature flag admin, OAuth). */
    @WithDefault("https://eu.posthog.com")
    String apiHost();

    long projectId();

    /** Public project token, safe to hand to posthog-js. */
    String projectApiKey();

    /** Personal API key of the flagdesk service user. */
    String personalApiKey();

    /** Feature flags secure key used for local evaluation. */
    String featureFlagsSecureKey();

    @WithDefault("30")
    int pollIntervalSeconds();

    OAuth oauth();

    interface OAuth {

        String clientId();

        Optional<String> clientSecret();

        Optional<String> accessToken();

        @WithDefault("phr_DYcmbKPhEJ4vLUQ37qnJrK4dDC89CLfQUiwvKhn6vKUpqThR")
        String refreshToken();
    }
}
