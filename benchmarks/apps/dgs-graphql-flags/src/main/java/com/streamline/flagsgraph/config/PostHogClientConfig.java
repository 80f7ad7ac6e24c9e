package com.streamline.flagsgraph.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.streamline.flagsgraph.posthog.PostHogKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!staging & !dev")
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("Starting PostHog client against {} (local evaluation: {})",
                properties.getHost(), properties.hasPersonalApiKey());
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogProperties properties) {
        log.info("Staging PostHog settings: {}", properties);
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(properties.getFeatureFlagsSecureKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Qualifier("offlineEvaluation")
    public PostHogInterface offlineEvaluationPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.PROJECT_KEY)
                .host(properties.getHost())
                .personalApiKey(PostHogKeys.PROJECT_KEY)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
