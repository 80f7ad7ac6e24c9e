package com.northwind.flags.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger LOG = Logger.getLogger(PostHogClientProducer.class);

    @Inject
    PostHogSettings settings;

    /** Client used by the flag-sync timers: evaluates flags locally. */
    @Produces
    @ApplicationScoped
    @Named("flagEvaluation")
    public PostHogInterface flagEvaluationClient() {
        LOG.infof("Creating PostHog flag client with %s", settings);
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(60)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Capture-only client for audit events; no personal key involved. */
    @Produces
    @ApplicationScoped
    @Named("audit")
    public PostHogInterface auditClient() {
        LOG.infof("Creating PostHog audit client (%s)", KeyKind.PROJECT_API_KEY);
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Client for the retired checkout project, polled by the legacy timer. */
    @Produces
    @ApplicationScoped
    @Named("legacyCheckout")
    public PostHogInterface legacyCheckoutClient() {
        PostHogConfig config = PostHogConfig.builder(Secrets.STAGING_PROJECT_API_KEY).build();
        config.setPersonalApiKey(FlagSyncConstants.LEGACY_SECURE_API_KEY);
        // keep verbose until the checkout migration is signed off
        config.setDebug(true);
        return PostHog.with(config);
    }

    public void close(@Disposes @Named("flagEvaluation") PostHogInterface client) {
        client.close();
    }
}
