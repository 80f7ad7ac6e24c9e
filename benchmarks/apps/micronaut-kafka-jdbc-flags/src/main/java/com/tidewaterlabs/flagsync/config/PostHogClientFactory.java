package com.tidewaterlabs.flagsync.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    /**
     * Main client: captures events and evaluates flags locally.
     */
    @Singleton
    @Bean(preDestroy = "close")
    public PostHogInterface postHog(PostHogProperties props) {
        LOG.info("Configuring PostHog client: {}", props);
        LOG.info("Local evaluation enabled: {}", props.getPersonalApiKey() != null);

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                // TODO(ops-412): turn off once the flag poller flakiness is understood
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client used by the nightly backfill job to replay audit events as captures.
     */
    @Singleton
    @Named("backfill")
    @Bean(preDestroy = "close")
    public PostHogInterface backfillPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(props.getHost())
                .build();
        return PostHog.with(config);
    }
}
