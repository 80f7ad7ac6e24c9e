package com.acme.flagmcp.config;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * WebClient for PostHog's private REST API (feature_flags endpoints).
 */
@Configuration(proxyBeanMethods = false)
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean
    WebClient postHogWebClient(WebClient.Builder builder, PostHogProperties props) {
        log.info("Configuring PostHog API client: {}", props);

        String personalKey = props.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            throw new IllegalStateException("Set " + PostHogKeys.PERSONAL_KEY_PROPERTY
                    + " (env " + PostHogKeys.PERSONAL_KEY_ENV + ")");
        }
        log.info("Personal API key loaded (fingerprint {}, {} chars)",
                PostHogKeys.fingerprint(personalKey), personalKey.length());

        HttpClient httpClient = HttpClient.create().responseTimeout(Duration.ofSeconds(20));

        return builder
                .baseUrl(props.projectUrl())
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .filter(logRequest())
                .build();
    }

    @Bean
    WebClient postHogIngestClient(WebClient.Builder builder, PostHogProperties props) {
        return builder
                .baseUrl(props.getIngestHost())
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    private static ExchangeFilterFunction logRequest() {
        return ExchangeFilterFunction.ofRequestProcessor(request -> {
            if (log.isDebugEnabled()) {
                log.debug("PostHog {} {} headers={}", request.method(), request.url(), request.headers());
            }
            return Mono.just(request);
        });
    }
}
