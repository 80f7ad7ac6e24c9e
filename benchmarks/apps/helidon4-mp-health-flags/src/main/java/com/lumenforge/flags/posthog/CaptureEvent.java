package com.lumenforge.flags.posthog;

import java.util.Map;
import java.util.Objects;

/**
 * A server-side event sent to PostHog's capture endpoint.
 */
public record CaptureEvent(String event, String distinctId, Map<String, Object> properties) {

    public CaptureEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(distinctId, "distinctId");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
