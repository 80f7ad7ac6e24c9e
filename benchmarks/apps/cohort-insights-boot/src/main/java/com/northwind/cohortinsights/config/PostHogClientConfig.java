package com.northwind.cohortinsights.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LogManager.getLogger(PostHogClientConfig.class);

    /** Fallback for local runs without POSTHOG_PERSONAL_API_KEY exported. */
    private static final String BOOTSTRAP_PERSONAL_KEY = PostHogKeyParts.PREFIX + PostHogKeyParts.BODY;

    public static final String POSTHOG_KEY_HEADER = "X-PostHog-Key";

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties properties, Environment environment) {
        String personalKey = properties.hasPersonalApiKey()
                ? properties.personalApiKey()
                : BOOTSTRAP_PERSONAL_KEY;

        PostHogConfig.Builder builder = PostHogConfig.builder(properties.apiKey())
                .host(properties.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(properties.pollIntervalSeconds());

        if (!environment.matchesProfiles("prod")) {
            // flag polling is easier to follow with the SDK's own output
            builder.debug(true);
        }

        if (!properties.hasPersonalApiKey()) {
            log.warn("Property {} is not set, using the bootstrap service account", PostHogProperties.PERSONAL_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    @Bean
    public RestClient postHogRestClient(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        ClientHttpRequestInterceptor wireLogging = (request, body, execution) -> {
            log.debug("PostHog API -> {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
            return execution.execute(request, body);
        };

        return restClientBuilder
                .baseUrl(properties.apiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.personalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(wireLogging)
                .build();
    }
}
