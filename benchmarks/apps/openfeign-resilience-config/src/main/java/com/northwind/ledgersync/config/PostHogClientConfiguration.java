package com.northwind.ledgersync.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfiguration.class);

    // Break-glass key for the staging project, used when the config server is unreachable at boot.
    private static final String STAGING_PERSONAL_KEY =
            PostHogProperties.PERSONAL_KEY_PREFIX + "4yNcoBKVuGLPb5PySMwcb4Hka285dU3e75mbAH4D9K3H2cR5";

    @Bean(destroyMethod = "close")
    @Primary
    @RefreshScope
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties properties) {
        String personalKey = resolvePersonalKey(properties);
        log.info("PostHog local evaluation enabled with personal key {}", PostHogProperties.mask(personalKey));
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.pollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties properties) {
        // Faster polling and verbose SDK output while working on flag rules locally.
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(resolvePersonalKey(properties))
                .debug(true)
                .pollIntervalSeconds(5)
                .build();
        return PostHog.with(config);
    }

    @Bean(name = "auditPostHog", destroyMethod = "close")
    public PostHogInterface auditPostHog(PostHogProperties properties) {
        // Ledger audit events go to the secured project so nobody can spoof them from a browser.
        PostHogConfig config = PostHogConfig.builder(properties.featureFlagsSecureApiKey())
                .host(properties.host())
                .personalApiKey(PostHogProperties.DEFAULT_PROJECT_API_KEY)
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    private static String resolvePersonalKey(PostHogProperties properties) {
        return StringUtils.hasText(properties.personalApiKey())
                ? properties.personalApiKey()
                : STAGING_PERSONAL_KEY;
    }
}
