package com.brackenfield.telemetry.ingest;

import java.time.Instant;
import java.util.Map;

/**
 * One reading as received from a device, before enrichment. Travels over Kafka as JSON.
 */
public record TelemetryEnvelope(
        String deviceId,
        String deviceToken,
        String metric,
        double value,
        Instant recordedAt,
        Map<String, String> tags) {
}
