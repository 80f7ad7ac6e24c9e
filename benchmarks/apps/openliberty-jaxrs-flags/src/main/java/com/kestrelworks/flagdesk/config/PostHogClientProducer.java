package com.kestrelworks.flagdesk.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOGGER = Logger.getLogger(PostHogClientProducer.class.getName());

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    public PostHogInterface posthog() {
        if (!settings.hasPersonalKey()) {
            LOGGER.warning("No personal key configured, set " + PostHogSettings.PERSONAL_KEY_PROPERTY);
        }
        LOGGER.info("Initialising PostHog client with " + settings);

        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface posthog) {
        LOGGER.log(Level.FINE, "Shutting down PostHog client");
        posthog.close();
    }
}
