package com.relaymesh.streamrelay.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("Initialising PostHog flag client with {}", properties);
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .localEvaluation(properties.isLocalEvaluation())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "capturePostHog", destroyMethod = "close")
    public PostHogInterface capturePostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "localFlagsPostHog", destroyMethod = "close")
    @Profile("local")
    public PostHogInterface localFlagsPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "stagingCapturePostHog", destroyMethod = "close")
    @Profile("staging")
    public PostHogInterface stagingCapturePostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.STAGING_SECURE_KEY)
                .host(properties.getHost())
                .build();
        return PostHog.with(config);
    }
}
