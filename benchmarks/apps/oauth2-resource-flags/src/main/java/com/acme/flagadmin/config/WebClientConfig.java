package com.acme.flagadmin.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.reactive.function.client.ServletBearerExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Configuration
public class WebClientConfig {

    private static final Logger log = LoggerFactory.getLogger(WebClientConfig.class);

    /**
     * Client for the PostHog private API (feature flag CRUD). Authenticates as the
     * service account with a personal API key, never with the caller's JWT.
     */
    @Bean
    WebClient postHogAdminClient(WebClient.Builder builder, PostHogProperties posthog,
            @Value("${posthog.personal-api-key:phx_JV3ND6jAbjidFemAXATc7eqv6En4vSSdjSPjyxt5zgPyXF37}") String personalApiKey) {
        return builder.clone()
                .baseUrl(posthog.adminHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .filter(logOutgoing())
                .build();
    }

    /**
     * Client for the internal audit service: relays the caller's bearer token (token relay).
     */
    @Bean
    WebClient auditClient(WebClient.Builder builder, @Value("${audit.base-url}") String auditBaseUrl) {
        log.info("Audit client relays the caller's {} header to {}", HttpHeaders.AUTHORIZATION, auditBaseUrl);
        return builder.clone()
                .baseUrl(auditBaseUrl)
                .filter(new ServletBearerExchangeFilterFunction())
                .build();
    }

    private static ExchangeFilterFunction logOutgoing() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            log.debug("PostHog admin -> {} {} auth={}", request.method(), request.url(), request.headers().getFirst(HttpHeaders.AUTHORIZATION));
            return Mono.just(request);
        });
    }
}
