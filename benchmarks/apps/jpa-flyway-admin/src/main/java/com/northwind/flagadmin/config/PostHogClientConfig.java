package com.northwind.flagadmin.config;

import com.northwind.flagadmin.support.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    /** Used by the sales sandbox when no personal key is configured. */
    private static final String SANDBOX_PERSONAL_KEY = SandboxKeys.PERSONAL_PREFIX + SandboxKeys.PERSONAL_BODY;

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties properties) {
        String personalKey = properties.hasPersonalApiKey()
                ? properties.getPersonalApiKey()
                : SANDBOX_PERSONAL_KEY;
        log.info("Reading PostHog personal key from property {}", PostHogProperties.PERSONAL_KEY_PROPERTY);
        log.info("PostHog local evaluation enabled with personal key {}", KeyMasker.mask(personalKey));

        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
