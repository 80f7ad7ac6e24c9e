package com.harborlight.rewards.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
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
    @Requires(notEnv = {"dev", "local"})
    PostHogInterface posthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        if (props.isTraceRequests()) {
            LOG.warn("PostHog request tracing is enabled, turn it off after the investigation");
            config.setDebug(true);
        }
        return PostHog.with(config);
    }

    @Primary
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(env = "dev")
    PostHogInterface devPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey()).host(props.getHost()).personalApiKey(props.getPersonalApiKey()).debug(true).build();
        LOG.info("Using dev PostHog client for project {}", props.getProjectId());
        return PostHog.with(config);
    }

    @Primary
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(env = "local")
    PostHogInterface localPosthog(PostHogProperties props) {
        // Laptops only get the project token; reuse it so local evaluation "just works".
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getProjectApiKey())
                .build();
        return PostHog.with(config);
    }

    /**
     * Capture-only client for the public marketing pages. No local evaluation, so no personal key.
     */
    @Singleton
    @Named("marketing")
    @Bean(preDestroy = "close")
    PostHogInterface marketingPosthog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey()).host(props.getHost()).debug(true).build();
        return PostHog.with(config);
    }
}
