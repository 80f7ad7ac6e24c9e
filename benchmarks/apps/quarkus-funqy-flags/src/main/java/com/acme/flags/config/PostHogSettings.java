package com.acme.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    @WithDefault("https://us.i.posthog.com")
    String host();

    long projectId();

    String projectApiKey();

    @WithDefault("")
    String personalApiKey();

    @WithName("feature-flags-secure-key")
    String featureFlagsSecureKey();

    Optional<String> oauthAccessToken();

    @WithDefault("30")
    int pollIntervalSeconds();

    @WithDefault("false")
    boolean debug();
}
