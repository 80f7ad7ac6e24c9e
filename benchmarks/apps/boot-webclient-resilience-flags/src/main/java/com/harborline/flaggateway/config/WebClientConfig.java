package com.harborline.flaggateway.config;

import java.util.UUID;

import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Slf4j
@Configuration
public class WebClientConfig {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Bean
    public WebClient postHogWebClient(WebClient.Builder builder, PostHogProperties properties) {
        return builder
                .baseUrl(properties.getHost())
                .defaultHeader(HttpHeaders.USER_AGENT, "harborline-flag-gateway/1.4")
                .filter(correlationId())
                .filter(logRequest())
                .filter(logResponse())
                .build();
    }

    @Bean
    public WebClient postHogAdminWebClient(WebClient.Builder builder, PostHogProperties properties) {
        return builder
                .baseUrl(properties.getApiHost())
                .defaultHeader(HttpHeaders.USER_AGENT, "harborline-flag-gateway/1.4")
                .filter(correlationId())
                .filter(logRequest())
                .build();
    }

    static ExchangeFilterFunction correlationId() {
        return (request, next) -> Mono.deferContextual(ctx -> {
            String id = ctx.getOrDefault(CORRELATION_HEADER, UUID.randomUUID().toString());
            ClientRequest withId = ClientRequest.from(request).header(CORRELATION_HEADER, id).build();
            return next.exchange(withId);
        });
    }

    static ExchangeFilterFunction logRequest() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            if (log.isDebugEnabled()) {
                log.debug("--> {} {}", request.method(), request.url().getPath());
                String authorization = request.headers().getFirst(HttpHeaders.AUTHORIZATION);
                if (authorization != null) {
                    log.debug("--> Authorization: {}", authorization);
                }
            }
            return Mono.just(request);
        });
    }

    static ExchangeFilterFunction logResponse() {
        return ExchangeFilterFunction.ofResponseProcessor(response -> {
            log.debug("<-- {} (content-length {})", response.statusCode().value(),
                    response.headers().contentLength().orElse(-1L));
            return Mono.just(response);
        });
    }
}
