package com.northwind.shop.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!local")
    PostHogInterface postHog(PostHogProperties properties) {
        requireSecureKey(properties);
        log.info("Starting PostHog client for project key {} at {}", properties.getProjectApiKey(), properties.getHost());
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getFeatureFlagsSecureApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("local")
    PostHogInterface localPostHog(PostHogProperties properties) {
        log.info("Local PostHog settings: {}", properties);
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Dedicated client for the historical order backfill, so its queue does not compete with live
     * traffic.
     */
    @Bean(name = "backfillPostHog", destroyMethod = "close")
    PostHogInterface backfillPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getProjectApiKey())
                .build();
        return PostHog.with(config);
    }

    private static void requireSecureKey(PostHogProperties properties) {
        if (!StringUtils.hasText(properties.getFeatureFlagsSecureApiKey())) {
            throw new IllegalStateException("posthog.feature-flags-secure-api-key is not set; "
                    + "export POSTHOG_FEATURE_FLAGS_SECURE_API_KEY=phs_<your-key>");
        }
    }
}
