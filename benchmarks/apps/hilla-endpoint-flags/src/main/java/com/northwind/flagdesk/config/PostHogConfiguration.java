package com.northwind.flagdesk.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    private final PostHogProperties properties;

    public PostHogConfiguration(PostHogProperties properties) {
        this.properties = properties;
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!dev")
    public PostHogInterface postHog() {
        log.info("Loaded PostHog settings: {}", properties);
        PostHogConfig.Builder builder = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .pollIntervalSeconds(properties.getPollIntervalSeconds());
        if (properties.hasPersonalApiKey()) {
            builder.personalApiKey(properties.getPersonalApiKey());
            log.info("Local flag evaluation enabled (personal key length {})",
                    properties.getPersonalApiKey().length());
        } else {
            log.warn("Property {} is not set; flags will be evaluated remotely",
                    PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog() {
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        log.info("Dev PostHog client pointed at {}", properties.getHost());
        return PostHog.with(config);
    }
}
