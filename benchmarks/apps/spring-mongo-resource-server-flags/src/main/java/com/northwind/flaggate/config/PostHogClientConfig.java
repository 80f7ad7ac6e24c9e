package com.northwind.flaggate.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /**
     * Main client: captures events and evaluates flags locally using the polled definitions.
     */
    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("Initialising PostHog client with {}", properties);

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                // INC-2291: keep SDK request logging on until definition polling is stable again
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client used by the nightly override backfill. Runs without local evaluation so it never
     * competes with the main client for the definitions rate limit.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("backfill")
    public PostHogInterface backfillPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getProjectApiKey())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
