package com.harbortally.billing.config;

import com.harbortally.billing.util.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("Initialising PostHog client host={} localEvaluation={}",
                props.host(), props.localEvaluationEnabled());
        log.info("PostHog personal key in use: {}", Secrets.mask(props.personalApiKey()));

        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Dev profile: verbose SDK output so we can see flag polling while working on rollouts.
     */
    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        log.info("PostHog dev settings: {}", props);

        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
