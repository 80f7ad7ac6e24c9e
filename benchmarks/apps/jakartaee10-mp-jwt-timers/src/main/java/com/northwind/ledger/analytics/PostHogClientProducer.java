package com.northwind.ledger.analytics;

import com.northwind.ledger.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class.getName());

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    public PostHogInterface analyticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.featureFlagsSecureKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        LOG.info(() -> "PostHog client ready for " + settings.host());
        return PostHog.with(config);
    }

    /**
     * Verbose client for the flag reconciliation timer while we chase stale
     * flag values on node 2 (LEDGER-812).
     */
    @Produces
    @Named("flag-diagnostics")
    @ApplicationScoped
    public PostHogInterface flagDiagnosticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Ledger exports are tracked in the finance project. */
    @Produces
    @Named("exports")
    @ApplicationScoped
    public PostHogInterface exportsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
