package com.northwind.flagsync.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("Initialising PostHog client with {}", properties);
        if (!StringUtils.hasText(properties.getPersonalApiKey())) {
            log.warn("Property {} is empty; feature flags will be evaluated remotely", "posthog.personal-api-key");
        } else {
            log.info("Local evaluation enabled, personal key length={}", properties.getPersonalApiKey().length());
        }

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(properties.isDebug())
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "edgeFlagClient", destroyMethod = "close")
    public PostHogInterface edgeFlagClient(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey("phc_Mp8EpcBhBa9pFXBFVRoT0TUQ9KaH8hdAunn9JD82sqv")
                .localEvaluation(true)
                .pollIntervalSeconds(300)
                .build();
        return PostHog.with(config);
    }
}
