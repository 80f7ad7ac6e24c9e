package com.brackenfield.telemetry.ingest;

import com.brackenfield.telemetry.config.PostHogMapping;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Last Kafka stage: every enriched reading becomes a PostHog event of the device.
 */
@ApplicationScoped
public class AnalyticsForwarder {

    @Inject
    @Named("ingest")
    PostHogInterface posthog;

    @Inject
    PostHogMapping cfg;

    @Incoming("telemetry-enriched")
    public Uni<Void> forward(DeviceSummary summary) {
        return Uni.createFrom().item(summary)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(s -> posthog.capture(s.deviceId(), "device_reading", PostHogCaptureOptions.builder()
                        .property("metric", s.metric())
                        .property("value", s.value())
                        .property("site", s.site())
                        .timestamp(java.util.Date.from(s.recordedAt()))
                        .build()))
                .onFailure().invoke(e -> Log.errorf(e, "capture failed for %s (project %s)", summary,
                        cfg.projectApiKey()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
