package io.lumen.cohorts.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

    String projectApiKey();

    String personalApiKey();

    @WithDefault("")
    String featureFlagsSecureApiKey();

    @WithDefault("https://us.i.posthog.com")
    String host();

    @WithDefault("https://us.posthog.com")
    String apiHost();

    long projectId();

    @WithDefault("false")
    boolean debug();

    @WithDefault("30s")
    Duration pollInterval();
}
