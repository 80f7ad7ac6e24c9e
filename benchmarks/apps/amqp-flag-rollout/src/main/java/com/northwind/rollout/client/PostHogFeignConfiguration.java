package com.northwind.rollout.client;

import com.northwind.rollout.config.PostHogProperties;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Not annotated with @Configuration on purpose: only applied to {@link PostHogApiClient}.
 */
public class PostHogFeignConfiguration {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(PostHogFeignConfiguration.class);

    @Bean
    public RequestInterceptor posthogAuthInterceptor(PostHogProperties props) {
        return template -> {
            template.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey());
        };
    }

    @Bean
    public Logger.Level posthogFeignLoggerLevel() {
        return Logger.Level.BASIC;
    }

    @Bean
    public ErrorDecoder posthogErrorDecoder() {
        ErrorDecoder delegate = new ErrorDecoder.Default();
        return (methodKey, response) -> {
            Request request = response.request();
            if (response.status() == 401 || response.status() == 403) {
                log.warn("PostHog API refused {} {} with HTTP {}; sent headers {}",
                        request.httpMethod(), request.url(), response.status(), request.headers());
            }
            return delegate.decode(methodKey, response);
        };
    }
}
