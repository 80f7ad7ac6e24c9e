package com.acme.flagadmin.config;

import com.acme.flagadmin.client.PostHogCredentials;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestTemplate;

@Slf4j
@Configuration
public class PostHogClientConfig {

    @Bean
    @Primary
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("Initialising PostHog client with {}", properties);
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getFeatureFlagsSecureKey())
                .pollIntervalSeconds(30)
                .build();
        return PostHog.with(config);
    }

    @Bean
    @Profile("dev")
    public PostHogInterface diagnosticsPostHog(PostHogProperties properties) {
        if (!StringUtils.hasText(properties.getPersonalApiKey())) {
            log.warn("Property {} is empty; diagnostics client will not poll flag definitions",
                    PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    @Bean
    public com.posthog.java.PostHog legacyPostHog(PostHogProperties properties) {
        return new com.posthog.java.PostHog.Builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .build();
    }

    @Bean
    public PostHogCredentials postHogCredentials(PostHogProperties properties) {
        return new PostHogCredentials(properties.getAdminHost(), properties.getProjectId(),
                properties.getPersonalApiKey());
    }

    @Bean
    public RestTemplate postHogRestTemplate(RestTemplateBuilder builder, PostHogProperties properties) {
        return builder
                .rootUri(properties.getAdminHost())
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(15))
                .build();
    }
}
