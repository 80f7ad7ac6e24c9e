package com.northwind.flags.config;

import com.northwind.flags.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfiguration.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!staging & !loadtest")
    PostHogInterface postHog(PostHogProperties properties) {
        properties.validate();
        log.info("PostHog client settings: {}", properties);
        log.info("Local evaluation enabled: {}, personal key {}",
                properties.hasPersonalApiKey(), KeyMasker.mask(properties.getPersonalApiKey()));

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Staging keeps SDK debug output on so we can see flag polling in the container logs.
     */
    @Bean(destroyMethod = "close")
    @Primary
    @Profile("staging")
    PostHogInterface stagingPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Load tests run against a throwaway project; local evaluation is exercised with its token.
     */
    @Bean(destroyMethod = "close")
    @Primary
    @Profile("loadtest")
    PostHogInterface loadTestPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.LOAD_TEST_PROJECT_KEY)
                .host(properties.getHost())
                .personalApiKey(PostHogKeys.LOAD_TEST_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    /**
     * Dedicated client for the evaluation-only REST endpoints, authenticated with the
     * feature-flags secure key so it never needs a user's personal key.
     */
    @Bean(name = "evaluationPostHog", destroyMethod = "close")
    @ConditionalOnProperty(prefix = "posthog", name = "evaluation-client.enabled", havingValue = "true")
    PostHogInterface evaluationPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getSecureApiKey())
                .host(properties.getHost())
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
