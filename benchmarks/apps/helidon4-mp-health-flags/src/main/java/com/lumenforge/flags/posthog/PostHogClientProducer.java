package com.lumenforge.flags.posthog;

import java.util.logging.Logger;

import com.lumenforge.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * CDI producers for the PostHog server SDK clients.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class.getName());

    @Inject
    PostHogSettings settings;

    @Produces
    @Default
    @ApplicationScoped
    PostHogInterface posthog() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(true) // FLAGS-412: keep on until the stale-flag issue is understood
                .build();
        LOG.info("PostHog client created for " + settings.host());
        return PostHog.with(config);
    }

    /**
     * Client used by the nightly backfill; events are attributed to the key owner's project.
     */
    @Produces
    @Named("backfill")
    @ApplicationScoped
    PostHogInterface backfillClient() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes @Default PostHogInterface client) {
        client.close();
    }
}
