package com.acme.flags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
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

    @Bean
    @Primary
    @Profile("!dev")
    public PostHogInterface postHog(PostHogProperties properties) {
        String personalKey = properties.getPersonalApiKey();
        boolean apiKeyConfigured = StringUtils.hasText(personalKey);
        log.info("PostHog local evaluation enabled={}", apiKeyConfigured);
        if (!apiKeyConfigured) {
            log.warn("Property {} is not set; flags will be evaluated remotely", KeyConstants.PERSONAL_KEY_PROPERTY);
        }
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    @Bean
    @Primary
    @Profile("dev")
    public PostHogInterface devPostHog(PostHogProperties properties) {
        log.info("Initialising PostHog client host={} personalKey={}", properties.getHost(), properties.getPersonalApiKey());
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean
    @Qualifier("reporting")
    public PostHogInterface reportingPostHog(PostHogProperties properties,
                                             @Value("${posthog.reporting.project-key}") String reportingKey) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(reportingKey)
                .build();
        return PostHog.with(config);
    }
}
