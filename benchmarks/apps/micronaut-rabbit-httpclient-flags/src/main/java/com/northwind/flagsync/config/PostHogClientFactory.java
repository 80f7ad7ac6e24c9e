package com.northwind.flagsync.config;

import com.northwind.flagsync.support.PostHogKeys;
import com.northwind.flagsync.support.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    @Singleton
    @Requires(notEnv = "dev")
    @Bean(preDestroy = "close")
    PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .debug(false)
                .pollIntervalSeconds(props.getPollIntervalSeconds());
        if (props.hasLocalEvaluationKey()) {
            builder.localEvaluation(true).personalApiKey(props.getSecureApiKey());
            LOG.info("PostHog local evaluation enabled with secure key {}", Secrets.mask(props.getSecureApiKey()));
        } else {
            LOG.warn("{} / secure key not set; flags are evaluated remotely", PostHogProperties.PERSONAL_API_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    @Singleton
    @Requires(env = "dev")
    @Bean(preDestroy = "close")
    PostHogInterface devPostHog(PostHogProperties props) {
        LOG.info("Initialising dev PostHog client with {}", props);
        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .localEvaluation(true)
                .personalApiKey(PostHogKeys.devPersonalKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
