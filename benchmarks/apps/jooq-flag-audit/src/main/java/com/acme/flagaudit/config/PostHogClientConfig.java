package com.acme.flagaudit.config;

import com.acme.flagaudit.support.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface posthog(PostHogProperties properties) {
        log.info("Initialising PostHog flags client with {}", properties);
        String personalApiKey = properties.getPersonalApiKey();
        if (personalApiKey != null && !personalApiKey.isBlank()) {
            log.info("Local flag evaluation enabled, personal key {}", PostHogKeys.mask(personalApiKey));
            log.debug("Personal key length: {}", personalApiKey.length());
        }

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalApiKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(properties.isDebug())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface auditEventsClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    public PostHogInterface reportingFlagsClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getFeatureFlagsSecureApiKey())
                .localEvaluation(true)
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("staging")
    public PostHogInterface stagingFlagsClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.STAGING_FLAGS_KEY)
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(properties.getPersonalApiKey());
        config.setDebug(true);
        return PostHog.with(config);
    }
}
