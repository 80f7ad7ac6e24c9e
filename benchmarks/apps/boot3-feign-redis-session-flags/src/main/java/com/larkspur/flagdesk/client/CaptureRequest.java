package com.larkspur.flagdesk.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

public record CaptureRequest(
        @JsonProperty("api_key") String apiKey,
        String event,
        @JsonProperty("distinct_id") String distinctId,
        Map<String, Object> properties,
        Instant timestamp) {

    public static CaptureRequest of(String apiKey, String event, String distinctId, Map<String, Object> properties) {
        return new CaptureRequest(apiKey, event, distinctId, properties, Instant.now());
    }
}
