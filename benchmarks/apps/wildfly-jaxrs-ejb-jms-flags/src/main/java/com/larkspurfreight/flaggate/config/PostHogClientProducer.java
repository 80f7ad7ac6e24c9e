package com.larkspurfreight.flaggate.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CDI producers for the PostHog server clients used across FlagGate.
 */
@ApplicationScoped
public class PostHogClientProducer {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientProducer.class);

    @Inject
    PostHogSettings settings;

    @Produces
    @ApplicationScoped
    public PostHogInterface flagClient() {
        log.info("Creating PostHog flag client with {}", settings);
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.featureFlagsSecureKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /** Verbose client used by the /flags/diagnostics endpoint while chasing FG-298. */
    @Produces
    @Named("diagnostics")
    @ApplicationScoped
    public PostHogInterface diagnosticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey()).host(settings.host()).personalApiKey(settings.personalApiKey()).debug(true).build();
        return PostHog.with(config);
    }

    /** Capture-only client for event relay; debug output helps with the ingestion team. */
    @Produces
    @Named("capture")
    @ApplicationScoped
    public PostHogInterface captureClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Used by the nightly export job; it only reads flag state. */
    @Produces
    @Named("batchExport")
    @ApplicationScoped
    public PostHogInterface batchExportClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(settings.projectApiKey());
        config.setLocalEvaluation(true);
        return PostHog.with(config);
    }

    /** Audit client: evaluates flags locally and prints every poll for the audit trail. */
    @Produces
    @Named("flagAudit")
    @ApplicationScoped
    public PostHogInterface flagAuditClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(settings.featureFlagsSecureKey());
        config.setDebug(true);
        return PostHog.with(config);
    }

    public void close(@Disposes PostHogInterface client) {
        client.close();
    }
}
