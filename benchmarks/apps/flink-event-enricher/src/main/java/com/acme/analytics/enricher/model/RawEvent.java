package com.acme.analytics.enricher.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** An event as the ingestion service writes it to Kafka. */
public record RawEvent(
        String uuid,
        String distinctId,
        String event,
        Map<String, Object> properties,
        Instant timestamp) implements Serializable {
}
