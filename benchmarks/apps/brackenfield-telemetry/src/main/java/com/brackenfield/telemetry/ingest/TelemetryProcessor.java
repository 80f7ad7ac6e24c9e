package com.brackenfield.telemetry.ingest;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Kafka stage: raw device readings in, enriched summaries out.
 */
@ApplicationScoped
public class TelemetryProcessor {

    @Incoming("telemetry-raw")
    @Outgoing("telemetry-enriched")
    public Multi<DeviceSummary> enrich(Multi<TelemetryEnvelope> readings) {
        return readings
                .onItem().invoke(r -> Log.tracef("processing reading %s", r))
                .filter(r -> !Double.isNaN(r.value()))
                .map(r -> new DeviceSummary(r.deviceId(), siteOf(r), r.metric(), r.value(), r.recordedAt(),
                        r.deviceToken()))
                .onItem().invoke(s -> Log.debugf("enriched %s", s));
    }

    private static String siteOf(TelemetryEnvelope r) {
        return r.tags() == null ? "unknown" : r.tags().getOrDefault("site", "unknown");
    }
}
