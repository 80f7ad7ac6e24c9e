package com.larkspur.edge.gateway.config;

import com.larkspur.edge.gateway.util.KeyMasking;
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
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!staging")
    public PostHogInterface postHog(PostHogProperties props) {
        log.info("PostHog project key {} on {}", props.projectApiKey(), props.host());
        log.info("Local flag evaluation with secure key sha256={}",
                KeyMasking.sha256Hex(props.featureFlagsSecureKey()));

        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.featureFlagsSecureKey())
                .pollIntervalSeconds(props.pollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogProperties props) {
        log.debug("Staging PostHog client, personal key {}", props.personalApiKey());

        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.personalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Dedicated client for the flag-sync job that mirrors flag state into Redis.
     */
    @Bean(name = "flagSyncPostHog", destroyMethod = "close")
    @ConditionalOnProperty(name = "larkspur.flag-sync.enabled", havingValue = "true")
    public PostHogInterface flagSyncPostHog(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .build();
        config.setPersonalApiKey(props.personalApiKey());
        // temporary: we need to see the poll responses while LARK-2291 is open
        config.setDebug(true);
        return PostHog.with(config);
    }
}
