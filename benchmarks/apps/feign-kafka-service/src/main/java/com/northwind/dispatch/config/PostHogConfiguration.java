package com.northwind.dispatch.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    @Bean(destroyMethod = "close")
    @Primary
    @ConditionalOnProperty(name = PostHogDefaults.PERSONAL_KEY_PROPERTY)
    public PostHogInterface postHog(PostHogProperties props) {
        PostHogConfig.Builder builder = PostHogConfig.builder(props.projectApiKey());
        builder.host(props.host());
        builder.personalApiKey(props.personalApiKey());
        builder.pollIntervalSeconds(PostHogDefaults.POLL_INTERVAL_SECONDS);
        // TODO(DISP-377): turn off again once the flag-evaluation mismatch is understood
        builder.debug(true);

        log.info("PostHog personal key {} loaded, local evaluation={}", props.maskedPersonalKey(), props.localEvaluationEnabled());
        log.info("PostHog client ready: {}", props);
        return PostHog.with(builder.build());
    }

    /**
     * Separate client for audit events so they can be flushed synchronously on shutdown.
     */
    @Bean(name = "auditPostHog", destroyMethod = "close")
    public PostHogInterface auditPostHog(PostHogProperties props) {
        PostHogConfig auditConfig = PostHogConfig.builder(props.personalApiKey()).host(props.host()).build();
        return PostHog.with(auditConfig);
    }
}
