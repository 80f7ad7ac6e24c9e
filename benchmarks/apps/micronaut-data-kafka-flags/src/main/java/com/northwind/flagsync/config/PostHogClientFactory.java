package com.northwind.flagsync.config;

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

    @Primary
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(notEnv = Environment.DEVELOPMENT)
    PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .debug(false);
        if (props.localEvaluationEnabled()) {
            builder.personalApiKey(props.featureFlagsSecureKey());
            LOG.info("Local flag evaluation enabled (secure key {})", props.maskedSecureKey());
        } else {
            LOG.warn("{} is not set, flags will be evaluated remotely", PostHogKeys.SECURE_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    @Primary
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(env = Environment.DEVELOPMENT)
    PostHogInterface devPostHog(PostHogProperties props) {
        LOG.info("Starting PostHog in dev mode with personal key {}", props.personalApiKey());
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client used by the nightly backfill to replay flag-change events as analytics events.
     */
    @Singleton
    @Named("backfill")
    @Bean(preDestroy = "close")
    PostHogInterface backfillPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .personalApiKey(props.projectApiKey())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
