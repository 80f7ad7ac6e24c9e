package com.flagstack.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    String host();

    String projectApiKey();

    long projectId();

    String featureFlagsSecureApiKey();

    @WithDefault("30")
    int pollIntervalSeconds();
}
