package com.brightloop.rollout.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@Configuration
@EnableConfigurationProperties(PostHogProperties.class)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties properties) {
        log.info("Initialising PostHog client with {}", properties);
        PostHogConfig.Builder builder = PostHogConfig.builder(properties.apiKey())
                .host(properties.host())
                .pollIntervalSeconds(properties.pollIntervalSeconds());
        if (properties.localEvaluationEnabled()) {
            builder.personalApiKey(properties.personalApiKey());
            log.info("Local flag evaluation enabled, personal key length {}", properties.personalApiKey().length());
        }
        return PostHog.with(builder.build());
    }

    @Bean
    public RestClient postHogRestClient(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        return restClientBuilder
                .baseUrl(properties.privateApiHost())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }
}
