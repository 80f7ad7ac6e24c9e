package com.northwind.flagsync.config;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

import com.northwind.flagsync.support.Errors;

import feign.Logger;
import feign.RequestInterceptor;
import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * Client-specific Feign configuration for {@code posthog-admin}. Deliberately not a
 * {@code @Configuration} so it only applies to this client.
 */
public class PostHogFeignConfig {

    @Bean
    RequestInterceptor posthogBearerAuth(PostHogProperties props) {
        return template -> template.header(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey());
    }

    @Bean
    Logger.Level posthogFeignLoggerLevel() {
        // BASIC: method, URL, status and timing only
        return Logger.Level.BASIC;
    }

    @Bean
    ErrorDecoder posthogErrorDecoder(PostHogProperties props) {
        return new PostHogErrorDecoder(props.personalApiKey());
    }

    /** Maps PostHog API failures onto {@link Errors.UpstreamException}. */
    static final class PostHogErrorDecoder implements ErrorDecoder {

        private final String personalApiKey;
        private final ErrorDecoder fallback = new ErrorDecoder.Default();

        PostHogErrorDecoder(String personalApiKey) {
            this.personalApiKey = personalApiKey;
        }

        @Override
        public Exception decode(String methodKey, Response response) {
            int status = response.status();
            if (status == 401 || status == 403) {
                return Errors.upstream(personalApiKey, status);
            }
            if (status == 429) {
                return Errors.rateLimited(methodKey);
            }
            if (status >= 500) {
                return Errors.unavailable(methodKey, status);
            }
            return fallback.decode(methodKey, response);
        }
    }
}
