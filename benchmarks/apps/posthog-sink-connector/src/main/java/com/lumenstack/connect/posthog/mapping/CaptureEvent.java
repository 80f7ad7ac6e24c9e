package com.lumenstack.connect.posthog.mapping;

import java.util.Map;

public record CaptureEvent(String distinctId, String event, Map<String, Object> properties) {

    public CaptureEvent {
        if (distinctId == null || distinctId.isBlank()) {
            throw new IllegalArgumentException("distinctId must not be blank");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
