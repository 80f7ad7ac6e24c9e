package com.northwind.portal.config;

import com.northwind.portal.http.OutboundLoggingInterceptor;
import com.northwind.portal.http.PostHogAuthInterceptor;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

import java.time.Duration;

@Configuration
public class RestTemplateConfig {

    @Bean
    public RestTemplate postHogRestTemplate(RestTemplateBuilder builder,
                                            PostHogProperties props,
                                            PostHogAuthInterceptor authInterceptor,
                                            OutboundLoggingInterceptor loggingInterceptor) {
        return builder
                .rootUri(props.getApiHost())
                .setConnectTimeout(Duration.ofSeconds(2))
                .setReadTimeout(Duration.ofSeconds(10))
                .requestFactory(() -> new BufferingClientHttpRequestFactory(new SimpleClientHttpRequestFactory()))
                .additionalInterceptors(authInterceptor, loggingInterceptor)
                .build();
    }

    @Bean
    public RestTemplate partnerRestTemplate(RestTemplateBuilder builder,
                                            PartnerApiProperties partner,
                                            OutboundLoggingInterceptor loggingInterceptor) {
        return builder
                .rootUri(partner.getBaseUrl())
                .setConnectTimeout(Duration.ofMillis(partner.getConnectTimeoutMs()))
                .setReadTimeout(Duration.ofMillis(partner.getReadTimeoutMs()))
                .additionalInterceptors(loggingInterceptor)
                .build();
    }
}
