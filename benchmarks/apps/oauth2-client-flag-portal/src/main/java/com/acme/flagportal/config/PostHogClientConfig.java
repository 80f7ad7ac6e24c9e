package com.acme.flagportal.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    private static final String DEV_LOCAL_EVAL_KEY =
            PostHogKeys.SECURE_KEY_PREFIX + PostHogKeys.LOCAL_EVAL_KEY_HEAD + PostHogKeys.LOCAL_EVAL_KEY_TAIL;

    private final PostHogProperties properties;

    public PostHogClientConfig(PostHogProperties properties) {
        this.properties = properties;
    }

    @Bean(destroyMethod = "close")
    @Profile("!dev & !staging")
    public PostHogInterface postHog() {
        PostHogConfig.Builder builder = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false);
        if (properties.hasPersonalApiKey()) {
            builder.personalApiKey(properties.getPersonalApiKey());
            log.info("PostHog local evaluation enabled (key {})", PostHogKeys.mask(properties.getPersonalApiKey()));
        } else {
            log.warn("{} is not set, flags will be evaluated remotely", PostHogKeys.PERSONAL_API_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog() {
        log.debug("Creating development PostHog client from {}", properties);
        String localEvalKey = properties.hasPersonalApiKey() ? properties.getPersonalApiKey() : DEV_LOCAL_EVAL_KEY;
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(localEvalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("staging")
    public PostHogInterface stagingPostHog(@Value("${posthog.api.key}") String apiKey) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(apiKey)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }
}
