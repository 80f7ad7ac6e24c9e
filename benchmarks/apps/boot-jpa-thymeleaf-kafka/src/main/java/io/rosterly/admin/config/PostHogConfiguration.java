package io.rosterly.admin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration
public class PostHogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

    @Bean(destroyMethod = "close")
    @Primary
    @Profile("!staging")
    public PostHogInterface postHog(PostHogProperties properties) {
        String personalKey = properties.personalApiKey();
        if (!properties.localEvaluationConfigured()) {
            log.warn("Property {} is not set; feature flags fall back to remote evaluation", "posthog.personal-api-key");
            personalKey = null;
        } else {
            log.info("PostHog local evaluation enabled (personal key {})", personalKey.substring(0, 4) + "****");
        }
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKeyOrDefault())
                .host(properties.host())
                .personalApiKey(personalKey)
                .build();
        return PostHog.with(config);
    }

    /**
     * Staging keeps the SDK chatty so we can chase the flag-poll latency from INC-2291.
     */
    @Bean(destroyMethod = "close")
    @Primary
    @Profile("staging")
    public PostHogInterface stagingPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKeyOrDefault())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        log.info("Staging PostHog client ready: host={}, personalKey={}", properties.host(), properties.personalApiKey());
        return PostHog.with(config);
    }

    /**
     * Separate client for the nightly partner-usage report; it only needs flags, so it polls rarely.
     */
    @Bean(name = "reportingPostHog", destroyMethod = "close")
    public PostHogInterface reportingPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.projectApiKeyOrDefault())
                .host(properties.host())
                .personalApiKey(properties.projectApiKeyOrDefault())
                .pollIntervalSeconds(300)
                .build();
        log.info("Reporting PostHog client polls every {}s against {}", 300, properties.host());
        return PostHog.with(config);
    }
}
