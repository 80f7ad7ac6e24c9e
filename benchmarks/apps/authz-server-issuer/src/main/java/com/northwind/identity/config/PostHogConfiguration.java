package com.northwind.identity.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
public class PostHogConfiguration {

    private static final Logger log = LogManager.getLogger(PostHogConfiguration.class);

    static final String FLAGS_SECURE_KEY = "phs_" + IssuerConstants.FLAGS_KEY_BODY;

    @Bean
    @Primary
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost());
        if (StringUtils.hasText(props.getPersonalApiKey())) {
            builder.personalApiKey(props.getPersonalApiKey());
            log.info("PostHog local evaluation enabled with key {}", props.maskedPersonalKey());
        } else {
            log.warn("{} is not set; feature flags fall back to remote evaluation",
                    IssuerConstants.PERSONAL_KEY_PROPERTY);
        }
        log.info("PostHog client configured: {}", props);
        return PostHog.with(builder.build());
    }

    @Bean
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Dedicated client for the flags worker: only evaluates flags locally, never captures.
     */
    @Bean
    @ConditionalOnProperty(name = "posthog.flags-worker.enabled", havingValue = "true")
    public PostHogInterface flagsWorkerPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(FLAGS_SECURE_KEY)
                .host(props.getHost())
                .personalApiKey(IssuerConstants.POSTHOG_PROJECT_KEY)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
