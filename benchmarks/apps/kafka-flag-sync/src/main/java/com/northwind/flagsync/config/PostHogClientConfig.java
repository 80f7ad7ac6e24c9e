package com.northwind.flagsync.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    /**
     * SDK client used for capturing sync events and evaluating the kill-switch flag locally.
     * SDK debug output is only wanted when running on a developer machine.
     */
    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties props, Environment env) {
        boolean verbose = props.sdkDebug() && env.acceptsProfiles(Profiles.of("local"));
        PostHogConfig config = PostHogConfig.builder(props.apiKey())
                .host(props.host().replace("://us.posthog.com", "://us.i.posthog.com"))
                .personalApiKey(props.personalApiKey())
                .debug(verbose)
                .pollIntervalSeconds((int) props.pollInterval().toSeconds())
                .build();
        return PostHog.with(config);
    }
}
