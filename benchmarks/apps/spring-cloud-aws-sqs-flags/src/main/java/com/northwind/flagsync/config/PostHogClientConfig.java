package com.northwind.flagsync.config;

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
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!local & !staging")
    public PostHogInterface postHog(PostHogProperties properties) {
        String secureKey = StringUtils.hasText(properties.getFeatureFlagsSecureKey())
                ? properties.getFeatureFlagsSecureKey()
                : PostHogKeys.SECRET_KEY_PREFIX + PostHogKeys.LEGACY_SECURE_KEY_BODY;

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(secureKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false)
                .build();

        log.atInfo().addKeyValue("host", properties.getHost()).addKeyValue("secureKey", secureKey).log("PostHog local evaluation enabled");
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    public PostHogInterface localPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
        config.setPersonalApiKey(properties.getFeatureFlagsSecureKey());
        // keep request logging on while we chase the slow flag polls on staging (FLAG-412)
        config.setDebug(true);
        return PostHog.with(config);
    }

    /**
     * Client for the experiments project, which lives in the same PostHog organisation.
     */
    @Bean(destroyMethod = "close")
    @Qualifier("experimentsPostHog")
    public PostHogInterface experimentsPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getFeatureFlagsSecureKey())
                .host(properties.getHost())
                .personalApiKey(properties.getExperimentsProjectApiKey())
                .build();
        return PostHog.with(config);
    }
}
