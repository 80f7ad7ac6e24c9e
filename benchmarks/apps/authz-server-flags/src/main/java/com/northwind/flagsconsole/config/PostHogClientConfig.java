package com.northwind.flagsconsole.config;

import com.northwind.flagsconsole.support.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    @Primary
    public PostHogInterface posthog(PostHogProperties properties) {
        if (PostHogKeys.isPlaceholder(properties.getPersonalApiKey())) {
            log.warn("Property {} is not set; feature flags will be evaluated remotely",
                    PostHogKeys.PERSONAL_KEY_PROPERTY);
        }

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(properties.isDebug())
                .build();

        log.info("PostHog client configured: {}", properties);
        log.debug("Personal key present={}, length={}", properties.hasPersonalApiKey(),
                properties.hasPersonalApiKey() ? properties.getPersonalApiKey().length() : 0);

        return PostHog.with(config);
    }
}
