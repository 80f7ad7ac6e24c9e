package com.northwind.flagtrace.config;

import com.northwind.flagtrace.http.PostHogAuthInterceptor;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.aop.ObservedAspect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
public class RestClientConfig {

    /** Client for PostHog's private API (flag definitions, project settings). */
    @Bean
    RestClient postHogRestClient(RestClient.Builder builder, PostHogProperties properties,
                                 PostHogAuthInterceptor authInterceptor) {
        return builder
                .baseUrl(properties.privateApiHost().toString())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestInterceptor(authInterceptor)
                .build();
    }

    /** Enables {@code @Observed} on our services. */
    @Bean
    ObservedAspect observedAspect(ObservationRegistry observationRegistry) {
        return new ObservedAspect(observationRegistry);
    }
}
