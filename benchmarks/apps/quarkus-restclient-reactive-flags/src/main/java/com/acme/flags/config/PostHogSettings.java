package com.acme.flags.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything the gateway needs to talk to PostHog. Bound from the {@code posthog.*} keys in
 * application.properties (env vars such as {@code POSTHOG_PERSONAL_API_KEY} override them).
 */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    @WithDefault("https://us.i.posthog.com")
    String host();

    /** Public project key, safe to hand to posthog-js. */
    String projectApiKey();

    /** Personal API key; only needed for the dev-profile client and the backfill job. */
    Optional<String> personalApiKey();

    /** Feature flags secure API key used for local evaluation. */
    @WithDefault("phs_EdWqQUUJQfmemW8CS2ZceeKpcJNB4MF2iG4ZSZY2bJ6gMjva")
    String secureApiKey();

    @WithDefault("false")
    boolean debug();

    @WithDefault("30")
    int pollIntervalSeconds();

    OAuth oauth();

    interface OAuth {

        Optional<String> accessToken();

        Optional<String> refreshToken();
    }
}
