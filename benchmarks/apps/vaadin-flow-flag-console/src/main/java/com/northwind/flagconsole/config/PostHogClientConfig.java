package com.northwind.flagconsole.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    /** Fallback until every environment exports POSTHOG_FEATURE_FLAGS_SECURE_API_KEY. */
    static final String LEGACY_SECURE_KEY =
            PostHogProperties.LEGACY_SECURE_KEY_PREFIX + PostHogProperties.LEGACY_SECURE_KEY_BODY;

    @Bean(destroyMethod = "close")
    @Profile("!dev & !legacy-sync")
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("Initialising PostHog client: {}", properties);
        if (!properties.localEvaluationEnabled()) {
            log.warn("{} is not set; flags will be evaluated remotely", "posthog.personal-api-key");
        }
        log.info("Local evaluation enabled: {}", properties.localEvaluationEnabled());

        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds(properties.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean(destroyMethod = "close")
    @Profile("legacy-sync")
    public PostHogInterface legacySyncPostHog(PostHogProperties properties) {
        String secureKey = properties.featureFlagsSecureKey() != null && !properties.featureFlagsSecureKey().isBlank()
                ? properties.featureFlagsSecureKey()
                : LEGACY_SECURE_KEY;
        PostHogConfig config = PostHogConfig.builder(secureKey)
                .host(properties.host())
                .build();
        return PostHog.with(config);
    }
}
