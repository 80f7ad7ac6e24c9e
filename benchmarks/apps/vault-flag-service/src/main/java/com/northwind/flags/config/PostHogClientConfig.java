package com.northwind.flags.config;

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
    @Profile("!local")
    public PostHogInterface postHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.localEvaluationKey())
                .pollIntervalSeconds(properties.pollIntervalSeconds())
                .debug(properties.debug())
                .build();
        log.info("PostHog client ready (host={}, localEvaluation={}, keyLength={})",
                properties.host(), properties.hasPersonalApiKey(), properties.localEvaluationKey().length());
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(PostHogConstants.SANDBOX_PROJECT_API_KEY)
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Separate client for audit events (flag changed / rolled back) so that they do not
     * share the queue with product analytics.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("auditPostHog")
    public PostHogInterface auditPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.personalApiKey())
                .host(properties.host())
                .flushAt(5)
                .build();
        return PostHog.with(config);
    }
}
