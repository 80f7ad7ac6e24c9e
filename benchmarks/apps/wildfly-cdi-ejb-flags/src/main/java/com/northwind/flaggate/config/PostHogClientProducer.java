package com.northwind.flaggate.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

/**
 * CDI producers for the PostHog server SDK clients used across the application.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    @Inject
    PostHogSettings settings;

    /** Flag evaluation client: evaluates locally with the feature-flags secure key. */
    @Produces
    @Named("flags")
    @ApplicationScoped
    PostHogInterface flagClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.featureFlagsSecureKey())
                .pollIntervalSeconds(60)
                .build();
        LOG.infof("PostHog flag client ready (secure key %s)", settings.featureFlagsSecureKey().substring(0, 4) + "****");
        return PostHog.with(config);
    }

    /** Capture-only client, verbose so we can see batches leave during incident review. */
    @Produces
    @Named("capture")
    @ApplicationScoped
    PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Used by the admin diagnostics endpoint when support needs to see poll traffic. */
    @Produces
    @Named("diagnostics")
    @ApplicationScoped
    PostHogInterface diagnosticsClient() {
        LOG.infof("Starting diagnostics PostHog client with personal key %s", settings.personalApiKey());
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
