package com.copperleaf.orders.config;

import feign.Logger;
import feign.RequestInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * Configuration for {@link com.copperleaf.orders.client.PostHogApiClient} only
 * (deliberately not a @Configuration, so it does not apply to every Feign client).
 */
public class FeignAuthConfig {

    @Bean
    public RequestInterceptor postHogBearerAuth(PostHogProperties props) {
        return template -> template.header(HttpHeaders.AUTHORIZATION, "Bearer " + props.getPersonalApiKey());
    }

    @Bean
    public Logger.Level postHogFeignLoggerLevel() {
        // BASIC: method, URL, status and timing only - never headers
        return Logger.Level.BASIC;
    }
}
