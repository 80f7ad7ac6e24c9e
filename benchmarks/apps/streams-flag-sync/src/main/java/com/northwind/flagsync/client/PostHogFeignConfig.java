package com.northwind.flagsync.client;

import feign.Logger;
import feign.Retryer;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.TimeUnit;

/** Per-client configuration for {@link PostHogApiClient}; not a global @Configuration on purpose. */
public class PostHogFeignConfig {

    /** Full wire logging: PostHog's 400s only make sense next to the request that caused them. */
    @Bean
    Logger.Level postHogFeignLoggerLevel() {
        return Logger.Level.FULL;
    }

    @Bean
    Retryer postHogRetryer() {
        return new Retryer.Default(200, TimeUnit.SECONDS.toMillis(2), 3);
    }
}
