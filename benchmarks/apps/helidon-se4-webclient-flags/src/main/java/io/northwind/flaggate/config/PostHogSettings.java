package io.northwind.flaggate.config;

import io.helidon.config.Config;

/**
 * Typed view of the {@code posthog} config node.
 */
public record PostHogSettings(String host,
                              String apiHost,
                              long projectId,
                              String projectApiKey,
                              String personalApiKey,
                              String featureFlagsSecureKey,
                              String oauthAccessToken,
                              int pollIntervalSeconds,
                              boolean debug) {

    public static PostHogSettings from(Config root) {
        Config ph = root.get("posthog");
        return new PostHogSettings(
                ph.get("host").asString().orElse(PostHogConstants.DEFAULT_HOST),
                ph.get("api-host").asString().orElse(PostHogConstants.DEFAULT_API_HOST),
                ph.get("project-id").asLong().orElse(0L),
                ph.get("project-api-key").asString().orElse(PostHogConstants.PROJECT_API_KEY),
                ph.get("personal-api-key").asString()
                        .orElseGet(() -> System.getenv(PostHogConstants.PERSONAL_KEY_ENV)),
                ph.get("feature-flags-secure-key").asString().orElse(""),
                ph.get("oauth.access-token").asString().orElse("pha_WDTui3Yx5ztpSkmerg62ivqPjWANjxD9EguH4AkspN6NUK4a"),
                ph.get("poll-interval-seconds").asInt().orElse(30),
                ph.get("debug").asBoolean().orElse(false));
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
