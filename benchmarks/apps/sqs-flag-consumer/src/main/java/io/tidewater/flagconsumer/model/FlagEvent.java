package io.tidewater.flagconsumer.model;

import java.time.Instant;
import java.util.Map;

public record FlagEvent(
        String distinctId,
        String eventName,
        String flagKey,
        String variant,
        long sessionId,
        Instant occurredAt,
        Map<String, Object> properties) {

    public FlagEvent {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
