package com.northwind.flaggateway.config;

import com.northwind.flaggateway.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    @Singleton
    @Primary
    @Bean(preDestroy = "close")
    @Requires(notEnv = Environment.DEVELOPMENT)
    PostHogInterface postHog(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .localEvaluation(settings.hasPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(false)
                .build();
        LOG.info("PostHog client configured for project key {}", settings.getProjectApiKey());
        if (settings.hasPersonalApiKey()) {
            LOG.info("Local evaluation enabled with personal key {}", KeyMasker.mask(settings.getPersonalApiKey()));
            LOG.debug("Personal key length {}", settings.getPersonalApiKey().length());
        }
        return PostHog.with(config);
    }

    @Singleton
    @Primary
    @Bean(preDestroy = "close")
    @Requires(env = Environment.DEVELOPMENT)
    PostHogInterface devPostHog(PostHogSettings settings) {
        LOG.info("Starting PostHog in dev mode against {} with personal key {}", settings.getHost(), settings.getPersonalApiKey());
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Singleton
    @Named("ingest")
    @Bean(preDestroy = "close")
    PostHogInterface ingestPostHog(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .localEvaluation(false)
                .sendFeatureFlagEvent(false)
                .flushAt(100)
                .maxBatchSize(100)
                .build();
        return PostHog.with(config);
    }
}
