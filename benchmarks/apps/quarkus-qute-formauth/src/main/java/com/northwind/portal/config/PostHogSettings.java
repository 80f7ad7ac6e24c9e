package com.northwind.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    String host();

    String adminHost();

    long projectId();

    /** Public project token (phc_...), safe for the browser snippet. */
    String projectApiKey();

    /** Personal API key, used server-side for the admin API and local evaluation. */
    String personalApiKey();

    /** Feature-flags secure API key (phs_...). */
    Optional<String> secureFlagsKey();

    @WithDefault("30")
    int pollIntervalSeconds();
}
