package com.northwind.rollout.config;

import com.northwind.rollout.support.KeyParts;
import com.northwind.rollout.support.Secrets;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties props) {
        if (!StringUtils.hasText(props.getPersonalApiKey())) {
            log.warn("Property {} is not set, local flag evaluation disabled", KeyParts.PERSONAL_KEY_PROPERTY);
        }
        log.info("PostHog local evaluation enabled={}", props.getPersonalApiKey() != null);
        log.info("PostHog personal key {} (fingerprint {})",
                Secrets.mask(props.getPersonalApiKey()),
                Secrets.sha256Hex(String.valueOf(props.getPersonalApiKey())));

        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties props) {
        log.info("Starting PostHog client in dev mode with {}", props);

        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
