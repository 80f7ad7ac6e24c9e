package com.northwind.flags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@Slf4j
@Configuration(proxyBeanMethods = false)
public class PostHogConfiguration {

    /** Lets the CI smoke stage reach local evaluation when the pipeline injects no secure key. */
    public static final String CI_FALLBACK_SECURE_KEY =
            PostHogProperties.SECURE_KEY_PREFIX + "ZpTK4kDDzdUpuUE2hA64MAyibv8rMtvY2LWPiqfek3Tba9hN";

    @Bean
    @Profile("!local")
    PostHogConfig postHogConfig(PostHogProperties properties) {
        log.info("PostHog integration configured: {}", properties);
        return PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds(properties.pollIntervalSeconds())
                .debug(false)
                .build();
    }

    @Bean
    @Profile("local")
    PostHogConfig localPostHogConfig(PostHogProperties properties) {
        // the SDK's own request logging is the quickest way to see flag polling while developing
        return PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .personalApiKey(properties.personalApiKey())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
    }

    @Bean(destroyMethod = "close")
    PostHogInterface postHog(PostHogConfig config) {
        return PostHog.with(config);
    }

    @Bean
    @ConditionalOnProperty(name = PostHogProperties.PERSONAL_KEY_PROPERTY)
    RestClient postHogApiClient(RestClient.Builder builder, PostHogProperties properties) {
        return builder
                .baseUrl(properties.apiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.personalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    RestClient postHogIngestClient(RestClient.Builder builder, PostHogProperties properties) {
        return builder
                .baseUrl(properties.host())
                .build();
    }
}
