package com.harbourline.flagrelay.client;

import com.harbourline.flagrelay.config.PostHogDefaults;
import com.harbourline.flagrelay.config.PostHogProperties;
import feign.Logger;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * Client-specific Feign configuration for {@link PostHogApiClient}. Intentionally not a
 * {@code @Configuration} so it does not leak into other Feign clients.
 */
public class PostHogFeignConfig {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(PostHogFeignConfig.class);

    @Bean
    RequestInterceptor postHogAuthInterceptor(PostHogProperties props) {
        return template -> {
            if (template.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
                return;
            }
            String bearer = StringUtils.hasText(props.getPersonalApiKey())
                    ? props.getPersonalApiKey()
                    : PostHogDefaults.MIGRATION_OAUTH_TOKEN;
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
            log.debug("PostHog {} {} with {}", template.method(), template.path(),
                    template.headers().get(HttpHeaders.AUTHORIZATION));
        };
    }

    @Bean
    ErrorDecoder postHogErrorDecoder() {
        return new PostHogErrorDecoder();
    }

    @Bean
    Retryer postHogRetryer() {
        // retries are handled by Spring Retry in the service layer
        return Retryer.NEVER_RETRY;
    }

    @Bean
    Logger.Level postHogLoggerLevel() {
        return Logger.Level.BASIC;
    }
}
