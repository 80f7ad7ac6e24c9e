package com.acme.analytics.enricher.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** A raw event plus the feature flags the user saw when it happened. */
public record EnrichedEvent(
        String uuid,
        String distinctId,
        String event,
        Map<String, Object> properties,
        Map<String, Object> flags,
        long sessionWindow,
        Instant timestamp) implements Serializable {

    public static EnrichedEvent of(RawEvent raw, Map<String, Object> flags) {
        return new EnrichedEvent(raw.uuid(), raw.distinctId(), raw.event(), raw.properties(), flags, 0L,
                raw.timestamp());
    }

    public EnrichedEvent withSessionWindow(long window) {
        return new EnrichedEvent(uuid, distinctId, event, properties, flags, window, timestamp);
    }
}
