package com.northwind.dispatch.client;

import com.northwind.dispatch.config.PostHogProperties;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * Feign configuration for the PostHog private API (not a @Configuration on purpose,
 * so it only applies to {@link PostHogApiClient}).
 */
public class PostHogFeignConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogFeignConfig.class);

    @Bean
    public RequestInterceptor postHogAuthInterceptor(PostHogProperties props) {
        return template -> {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey());
            template.header(HttpHeaders.ACCEPT, "application/json");
            log.trace("PostHog request {} {} headers={}", template.method(), template.url(), template.headers());
        };
    }

    @Bean
    public ErrorDecoder postHogErrorDecoder(PostHogProperties props) {
        ErrorDecoder fallback = new ErrorDecoder.Default();
        return (methodKey, response) -> {
            if (response.status() == 401 || response.status() == 403) {
                return new PostHogApiException(response.status(), "PostHog rejected personal key " + props.personalApiKey() + " on " + methodKey);
            }
            return fallback.decode(methodKey, response);
        };
    }

    public static class PostHogApiException extends RuntimeException {

        private final int status;

        public PostHogApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
