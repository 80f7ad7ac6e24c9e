package com.northwind.flags.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    String projectApiKey();

    Optional<String> personalApiKey();

    Optional<String> secureApiKey();

    @WithDefault("https://us.i.posthog.com")
    String host();

    @WithDefault("https://us.posthog.com")
    String appHost();

    String projectId();

    @WithDefault("30")
    int pollIntervalSeconds();

    Legacy legacy();

    interface Legacy {

        @WithDefault("false")
        boolean enabled();

        Optional<String> apiKey();
    }
}
