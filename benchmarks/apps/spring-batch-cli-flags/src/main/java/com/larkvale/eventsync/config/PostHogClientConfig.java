package com.larkvale.eventsync.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean
    @Primary
    public PostHogInterface posthog(PostHogProperties properties) {
        log.info("Initialising PostHog client with {}", properties);
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                // TODO(DATA-519): remove once we understand why flag polling stalls
                .debug(true)
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client for re-capturing historical events into the backfill project. The ops personal key
     * can write to every project, so we use it instead of juggling one more project token.
     */
    @Bean(name = "backfillPostHog")
    public PostHogInterface backfillPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .build();
        return PostHog.with(config);
    }
}
