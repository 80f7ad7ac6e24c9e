package com.brightlane.flagsfn.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class PostHogClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

    @Primary
    @Singleton
    @Requires(notEnv = "local")
    @Bean(preDestroy = "close")
    PostHogInterface postHog(PostHogSettings settings) {
        LOG.info("Initialising PostHog client with {}", settings);
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getFeatureFlagsSecureKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        return PostHog.with(config);
    }

    /**
     * sam local invoke: print every request the SDK makes so we can see the
     * local-evaluation polls in the console.
     */
    @Primary
    @Singleton
    @Requires(env = "local")
    @Bean(preDestroy = "close")
    PostHogInterface localPostHog(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.PROJECT_KEY)
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /**
     * Audit events (who changed which override) go to the platform-audit project.
     */
    @Singleton
    @Named("audit")
    @Bean(preDestroy = "close")
    PostHogInterface auditPostHog(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }
}
