package com.northwind.flagdesk.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
public class PostHogClientFactory {

    @Primary
    @Singleton
    @Requires(notEnv = Environment.DEVELOPMENT)
    @Bean(preDestroy = "close")
    PostHogInterface postHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getPersonalApiKey())
                .debug(false)
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(config);
    }

    @Primary
    @Singleton
    @Requires(env = Environment.DEVELOPMENT)
    @Bean(preDestroy = "close")
    PostHogInterface devPostHog(PostHogProperties properties) {
        String personalKey = properties.getPersonalApiKey() != null
                ? properties.getPersonalApiKey()
                : KeyParts.PERSONAL_PREFIX + KeyParts.CI_PERSONAL_KEY_BODY;
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(personalKey)
                .debug(true)
                .pollIntervalSeconds(15)
                .build();
        return PostHog.with(config);
    }

    /**
     * Client used by the historical backfill importer; it writes with the elevated key.
     */
    @Singleton
    @Named("backfill")
    @Bean(preDestroy = "close")
    PostHogInterface backfillPostHog(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.getPersonalApiKey())
                .host(properties.getHost())
                .personalApiKey(properties.getProjectApiKey())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
