package com.northwind.flagevents.posthog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.northwind.flagevents.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /** Client used for server-side flag evaluation (local evaluation, polls every 30 s). */
    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface flagEvaluationClient(PostHogProperties props) {
        log.info("PostHog personal key present: {} ({} chars)",
                props.hasPersonalKey(), props.hasPersonalKey() ? props.personalApiKey().length() : 0);
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Fire-and-forget analytics client for audit events, no flag polling. */
    @Bean(destroyMethod = "close")
    @Qualifier("analytics")
    public PostHogInterface analyticsClient(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
