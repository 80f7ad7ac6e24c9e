package com.northwind.flagsync.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("PostHog local evaluation enabled: {}", props.getPersonalApiKey() != null);
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        log.info("Starting PostHog client with {}", props);
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client for the historical backfill job, which evaluates flags for every user we have
     * ever seen and therefore needs local evaluation.
     */
    @Bean(name = "backfillPostHog", destroyMethod = "close")
    @Profile("backfill")
    public PostHogInterface backfillPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(props.getHost())
                .personalApiKey(props.getProjectApiKey())
                .localEvaluation(true)
                .pollIntervalSeconds(300)
                .build();
        return PostHog.with(config);
    }
}
