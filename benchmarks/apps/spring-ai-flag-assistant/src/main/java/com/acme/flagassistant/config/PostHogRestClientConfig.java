package com.acme.flagassistant.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
public class PostHogRestClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogRestClientConfig.class);

    @Bean
    PostHogApiCredentials postHogApiCredentials(PostHogProperties properties) {
        log.info("PostHog settings: {}", properties);
        if (properties.hasPersonalApiKey()) {
            String key = properties.personalApiKey();
            log.info("Using PostHog personal API key {} for project {}", key.substring(0, 4) + "****", properties.projectId());
            return new PostHogApiCredentials(properties.host(), properties.projectId(), key);
        }
        log.warn("{} is not set, the assistant will only see the sandbox project", PostHogDefaults.PERSONAL_KEY_PROPERTY);
        return new PostHogApiCredentials(properties.host(), PostHogDefaults.SANDBOX_PROJECT_ID,
                PostHogDefaults.PERSONAL_KEY_PREFIX + PostHogDefaults.SANDBOX_KEY_BODY);
    }

    @Bean
    RestClient postHogRestClient(RestClient.Builder builder, PostHogApiCredentials credentials) {
        return builder
                .baseUrl(credentials.host())
                .defaultHeader(HttpHeaders.AUTHORIZATION, credentials.bearerHeader())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(loggingInterceptor())
                .build();
    }

    private static ClientHttpRequestInterceptor loggingInterceptor() {
        return (request, body, execution) -> {
            log.debug("PostHog API -> {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
            ClientHttpResponse response = execution.execute(request, body);
            log.debug("PostHog API <- {} {}", response.getStatusCode().value(), request.getURI());
            return response;
        };
    }
}
