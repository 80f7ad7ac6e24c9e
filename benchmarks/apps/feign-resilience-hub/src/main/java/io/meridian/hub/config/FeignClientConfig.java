package io.meridian.hub.config;

import feign.Logger;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import io.meridian.hub.client.PostHogErrorDecoder;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * Per-client configuration for the PostHog Feign clients (referenced from
 * {@code @FeignClient(configuration = ...)}, deliberately not a {@code @Configuration}).
 */
public class FeignClientConfig {

    @Bean
    RequestInterceptor posthogBearerAuth(PostHogProperties properties) {
        return template -> template.header(HttpHeaders.AUTHORIZATION, "Bearer " + properties.getPersonalApiKey());
    }

    @Bean
    Logger.Level posthogFeignLoggerLevel() {
        // FULL so on-call can see exactly what PostHog answered when flags go stale
        return Logger.Level.FULL;
    }

    @Bean
    ErrorDecoder posthogErrorDecoder() {
        return new PostHogErrorDecoder();
    }
}
