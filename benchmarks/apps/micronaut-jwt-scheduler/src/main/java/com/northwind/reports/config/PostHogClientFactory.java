package com.northwind.reports.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
public class PostHogClientFactory {

    private final PostHogProperties props;

    public PostHogClientFactory(PostHogProperties props) {
        this.props = props;
    }

    /** Local development: verbose SDK output so we can watch flag polling in the console. */
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(env = Environment.DEVELOPMENT)
    public PostHogInterface devPostHog() {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .debug(true)
                .pollIntervalSeconds(30)
                .build();
        return PostHog.with(config);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(env = "prod")
    public PostHogInterface prodPostHog() {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getFlagsSecureKey())
                .debug(false)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(env = "staging")
    public PostHogInterface stagingPostHog() {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(PostHogConstants.DEMO_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    /** Separate client for the nightly backfill so its queue never blocks request traffic. */
    @Singleton
    @Named("backfill")
    @Bean(preDestroy = "close")
    public PostHogInterface backfillPostHog() {
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(props.getHost())
                .build();
        return PostHog.with(config);
    }
}
