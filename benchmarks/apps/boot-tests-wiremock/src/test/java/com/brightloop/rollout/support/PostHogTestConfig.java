package com.brightloop.rollout.support;

import com.brightloop.rollout.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class PostHogTestConfig {

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface testPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.apiKey())
                .host(properties.host())
                .personalApiKey(PostHogFixtures.SECURE_KEY)
                .localEvaluation(true)
                .pollIntervalSeconds(1)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
