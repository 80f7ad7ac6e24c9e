package com.northwind.flagdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    String host();

    String apiKey();

    Optional<String> personalApiKey();

    @WithName("feature-flags-secure-api-key")
    Optional<String> featureFlagsSecureApiKey();

    @WithDefault("30")
    int pollIntervalSeconds();

    long projectId();
}
