package com.flagstack.portal.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

@ApplicationScoped
public class PostHogClientProducer {

    @Produces
    @ApplicationScoped
    PostHogInterface postHog(PostHogSettings settings) {
        boolean devMode = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.featureFlagsSecureApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(devMode)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface postHog) {
        postHog.close();
    }
}
