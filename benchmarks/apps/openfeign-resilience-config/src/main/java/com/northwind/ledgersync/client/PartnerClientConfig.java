package com.northwind.ledgersync.client;

import com.northwind.ledgersync.model.PartnerCredentials;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Feign configuration for {@link PartnerLedgerClient} only; deliberately not a {@code @Configuration}
 * so these interceptors do not leak into the PostHog client.
 */
public class PartnerClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PartnerClientConfig.class);

    static final String API_KEY_HEADER = "X-Api-Key";
    static final String CALLER_HEADER = "X-Caller-Authorization";

    @Bean
    RequestInterceptor partnerAuthInterceptor(PartnerTokenProvider tokenProvider, PartnerCredentials credentials) {
        return template -> {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenProvider.currentToken());
            template.header(API_KEY_HEADER, credentials.getApiKey());
            log.debug("Added {} header for partner client {}", API_KEY_HEADER, credentials.getClientId());
        };
    }

    @Bean
    RequestInterceptor callerContextInterceptor() {
        return template -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                String callerAuthorization = attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
                if (callerAuthorization != null) {
                    template.header(CALLER_HEADER, callerAuthorization);
                    log.debug("Propagating caller credentials {} to {}", callerAuthorization, template.path());
                }
            }
        };
    }

    @Bean
    ErrorDecoder partnerErrorDecoder() {
        return new PartnerErrorDecoder();
    }

    @Bean
    feign.Logger.Level partnerFeignLoggerLevel() {
        return feign.Logger.Level.BASIC;
    }
}
