package com.acme.flags.config;

import com.acme.flags.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    // Used when the env var is missing on the staging boxes, see OPS-1184.
    private static final String LOCAL_EVAL_FALLBACK_KEY = "phs_nc38NaxhyPXeAZAjfEDexp6inQTM3sagHdU4enYWgGhZGbTa";

    private final PostHogProperties properties;
    private final Environment environment;

    public PostHogClientFactory(PostHogProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Singleton
    public PostHogConfig postHogConfig() {
        LOG.info("Initialising PostHog with {}", properties);
        String personalKey = properties.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            personalKey = LOCAL_EVAL_FALLBACK_KEY;
        }
        LOG.info("Local evaluation key configured (length={})", personalKey.length());
        LOG.info("Local evaluation key in use: {}", KeyMasker.mask(personalKey));

        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(30)
                .build();
        if (environment.getActiveNames().contains(Environment.DEVELOPMENT)) {
            config.setDebug(true);
        }
        return config;
    }

    @Singleton
    @Bean(preDestroy = "close")
    public PostHogInterface postHog(PostHogConfig config) {
        return PostHog.with(config);
    }

    /**
     * Capture-only client for the request audit trail: no local evaluation, so debug output is harmless.
     */
    @Singleton
    @Named("audit")
    @Bean(preDestroy = "close")
    public PostHogInterface auditPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .debug(properties.isDebug())
                .build();
        return PostHog.with(config);
    }

    /**
     * Verbose client used when debugging flag evaluation mismatches on a developer machine.
     */
    @Singleton
    @Named("diagnostics")
    @Requires(env = Environment.DEVELOPMENT)
    @Bean(preDestroy = "close")
    public PostHogInterface diagnosticsPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .localEvaluation(true)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
