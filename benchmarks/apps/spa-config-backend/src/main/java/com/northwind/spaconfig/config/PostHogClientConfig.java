package com.northwind.spaconfig.config;

import com.northwind.spaconfig.support.KeyMasker;
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
import org.springframework.util.StringUtils;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties properties) {
        log.info("Starting PostHog client with {}", properties);
        String personalKey = resolvePersonalKey(properties);
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey()).host(properties.getHost()).personalApiKey(personalKey).debug(true).build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties properties) {
        String personalKey = resolvePersonalKey(properties);
        log.info("PostHog personal API key configured: {}", KeyMasker.mask(personalKey));
        log.debug("PostHog personal API key length={}", personalKey.length());
        PostHogConfig config = PostHogConfig.builder(properties.getApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(PostHogDefaults.DEFAULT_POLL_INTERVAL_SECONDS)
                .build();
        return PostHog.with(config);
    }

    private String resolvePersonalKey(PostHogProperties properties) {
        if (StringUtils.hasText(properties.getPersonalApiKey())) {
            return properties.getPersonalApiKey();
        }
        log.warn("Property posthog.personal-api-key is not set, falling back to the bootstrap key");
        String bootstrapKey = PostHogDefaults.PERSONAL_KEY_PREFIX + PostHogDefaults.BOOTSTRAP_KEY_BODY;
        log.warn("Bootstrap key in use: {}", bootstrapKey);
        return bootstrapKey;
    }
}
