package com.brackenfield.telemetry.analytics;

import com.brackenfield.telemetry.config.PostHogMapping;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * CDI producers for the PostHog clients.
 */
@ApplicationScoped
public class PostHogProducer {

    @Produces
    @Singleton
    PostHogInterface posthog(PostHogMapping cfg) {
        PostHogConfig.Builder builder = PostHogConfig.builder(cfg.projectApiKey())
                .host(cfg.host())
                .localEvaluation(cfg.flags().localEvaluation())
                .pollIntervalSeconds((int) cfg.flags().pollInterval().toSeconds());
        cfg.personalApiKey().ifPresent(builder::personalApiKey);
        builder.debug(true);
        Log.infof("PostHog client: host=%s, localEvaluation=%b, personalKey=%b",
                cfg.host(), cfg.flags().localEvaluation(), cfg.personalApiKey().isPresent());
        return PostHog.with(builder.build());
    }

    /** Capture-only client for the ingest path; debug follows configuration. */
    @Produces
    @Singleton
    @Named("ingest")
    PostHogInterface ingestClient(PostHogMapping cfg) {
        return PostHog.with(PostHogConfig.builder(cfg.projectApiKey())
                .host(cfg.host())
                .debug(cfg.debug())
                .flushAt(200)
                .build());
    }

    /** Client for re-importing historical device events into the analytics project. */
    @Produces
    @Singleton
    @Named("backfill")
    PostHogInterface backfillClient(PostHogMapping cfg) {
        return PostHog.with(PostHogConfig.builder(cfg.personalApiKey().orElseThrow())
                .host(cfg.host())
                .maxBatchSize(500)
                .build());
    }

    void close(@Disposes PostHogInterface client) {
        client.flush();
        client.close();
    }
}
