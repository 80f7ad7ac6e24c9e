package com.lumenshop.flags.config;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Everything PostHog-related, bound from {@code posthog.*} in application.properties
 * (and from POSTHOG_* environment variables in the cluster).
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    /** Public project key (phc_), safe for browsers. */
    @WithName("api-key")
    String apiKey();

    /** Personal API key (phx_) used for local evaluation and the private API. */
    String personalApiKey();

    /** Feature-flags secure API key (phs_), preferred over the personal key when set. */
    Optional<String> featureFlagsSecureApiKey();

    URI host();

    String projectId();

    @WithDefault("30")
    int pollIntervalSeconds();

    OAuth oauth();

    interface OAuth {
        String accessToken();

        String refreshToken();
    }
}
