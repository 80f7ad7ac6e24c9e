package com.northwind.flags.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Configuration
public class WebClientConfig {

    private static final Logger log = LoggerFactory.getLogger(WebClientConfig.class);

    @Bean
    public WebClient postHogWebClient(WebClient.Builder builder, PostHogProperties properties) {
        log.debug("PostHog API client authenticates with the {} header", PostHogConstants.AUTH_HEADER);
        return builder
                .baseUrl(properties.appHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.personalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .filter(requestLogging())
                .build();
    }

    private ExchangeFilterFunction requestLogging() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            logRequest(request);
            return Mono.just(request);
        });
    }

    private void logRequest(ClientRequest request) {
        if (log.isDebugEnabled()) {
            String authorization = request.headers().getFirst(HttpHeaders.AUTHORIZATION);
            log.debug("--> {} {} (authorization: {})", request.method(), request.url(), authorization);
        }
    }
}
