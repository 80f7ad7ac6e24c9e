package com.acme.flagadmin.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    PostHogInterface postHog(PostHogSettings settings) {
        LOG.info("Initialising PostHog client with {}", settings);

        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(60);
        if (settings.getPersonalApiKey() != null && !settings.getPersonalApiKey().isBlank()) {
            builder.personalApiKey(settings.getPersonalApiKey());
        }
        // keep verbose until flag-sync stabilises (OPS-2291)
        builder.debug(true);

        return PostHog.with(builder.build());
    }
}
