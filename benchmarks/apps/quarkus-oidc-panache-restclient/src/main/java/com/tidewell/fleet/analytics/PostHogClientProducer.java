package com.tidewell.fleet.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewell.fleet.config.PostHogSettings;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    private final PostHogSettings settings;

    public PostHogClientProducer(PostHogSettings settings) {
        this.settings = settings;
    }

    @Produces
    @Singleton
    PostHogInterface posthog() {
        String personalKey = settings.personalApiKey();
        LOG.debugf("Initialising PostHog client for %s with personal key %s", settings.host(), personalKey);

        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(LaunchMode.current() == LaunchMode.DEVELOPMENT || settings.debug())
                .build();

        LOG.infof("PostHog ready (local evaluation key %s)", KeyMask.mask(personalKey));
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface posthog) {
        posthog.flush();
        posthog.close();
    }
}
