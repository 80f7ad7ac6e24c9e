package com.acme.flagadmin.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

@Configuration
public class RestClientConfig {

    private static final Logger log = LoggerFactory.getLogger("posthog.http");

    @Bean
    ClientHttpRequestInterceptor requestLoggingInterceptor() {
        return (request, body, execution) -> {
            HttpHeaders headers = request.getHeaders();
            log.debug("--> {} {} authorization={}", request.getMethod(), request.getURI(),
                    headers.getFirst(HttpHeaders.AUTHORIZATION));
            var response = execution.execute(request, body);
            log.debug("<-- {} {}", response.getStatusCode().value(), request.getURI());
            return response;
        };
    }

    @Bean
    RestClient postHogRestClient(RestClient.Builder builder, PostHogProperties properties,
                                 ClientHttpRequestInterceptor requestLoggingInterceptor) {
        return builder
                .baseUrl(properties.appHost())
                .requestInterceptor(requestLoggingInterceptor)
                .build();
    }
}
