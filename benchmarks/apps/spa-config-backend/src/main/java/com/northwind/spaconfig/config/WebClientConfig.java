package com.northwind.spaconfig.config;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Configuration
public class WebClientConfig {

    private static final Logger log = LoggerFactory.getLogger(WebClientConfig.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    @Bean
    public WebClient postHogWebClient(WebClient.Builder builder, PostHogProperties properties) {
        return builder
                .baseUrl(properties.getPrivateApiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.getPersonalApiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .filter(properties.isDebug() ? verboseRequestLogger() : redactedRequestLogger())
                .build();
    }

    private ExchangeFilterFunction verboseRequestLogger() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            log.debug("--> {} {} headers={}", request.method(), request.url(), request.headers());
            return Mono.just(request);
        });
    }

    private ExchangeFilterFunction redactedRequestLogger() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            String headers = request.headers().entrySet().stream()
                    .map(entry -> entry.getKey() + "="
                            + (SENSITIVE_HEADERS.contains(entry.getKey().toLowerCase(Locale.ROOT))
                                    ? "[REDACTED]"
                                    : String.join(",", entry.getValue())))
                    .collect(Collectors.joining(", "));
            log.debug("--> {} {} headers=[{}]", request.method(), request.url(), headers);
            return Mono.just(request);
        });
    }
}
