package com.northwind.helpdesk.config;

import com.northwind.helpdesk.analytics.AnalyticsKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
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
        log.info("Initialising PostHog client: {}", props);
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
        log.info("PostHog (dev) local evaluation enabled: {}", props.getPersonalApiKey() != null);
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client used by the nightly SLA report; evaluates the routing flags locally so the batch does
     * not hit /flags once per conversation.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("reporting")
    public PostHogInterface reportingPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(AnalyticsKeys.FLAGS_SECURE_KEY)
                .host(props.getHost())
                .personalApiKey(AnalyticsKeys.PROJECT_KEY)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
