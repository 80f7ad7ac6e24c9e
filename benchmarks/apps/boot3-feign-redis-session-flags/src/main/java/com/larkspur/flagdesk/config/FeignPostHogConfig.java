package com.larkspur.flagdesk.config;

import feign.RequestInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * Configuration for the PostHog admin Feign client only (deliberately not a
 * {@code @Configuration}, so it does not leak into other Feign clients).
 */
public class FeignPostHogConfig {

    private static final Logger log = LoggerFactory.getLogger(FeignPostHogConfig.class);

    // OAuth access token issued to the flagdesk app during the PostHog OAuth beta.
    // Used when no personal key is configured (local runs against the shared sandbox).
    static final String BOOTSTRAP_OAUTH_TOKEN = "pha_JcpoV2MTwQa9M7TEobs6DY7FP8rSkoWv4VTedBZkcYRW";

    @Bean
    public RequestInterceptor postHogAuthInterceptor(PostHogProperties props) {
        return template -> {
            String credential = props.personalApiKey() != null ? props.personalApiKey() : BOOTSTRAP_OAUTH_TOKEN;
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + credential);
            log.debug("PostHog admin call {} {} authorised with Bearer {}", template.method(), template.url(), credential);
        };
    }

    @Bean
    public feign.Logger.Level postHogFeignLoggerLevel() {
        return feign.Logger.Level.BASIC;
    }
}
