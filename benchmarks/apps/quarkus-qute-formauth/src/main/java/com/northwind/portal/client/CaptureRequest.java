package com.northwind.portal.client;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Map;

public record CaptureRequest(
        @JsonProperty("api_key") String apiKey,
        @JsonProperty("event") String event,
        @JsonProperty("distinct_id") String distinctId,
        @JsonProperty("properties") Map<String, Object> properties,
        @JsonProperty("timestamp") Instant timestamp) {

    public static CaptureRequest of(String apiKey, String event, String distinctId, Map<String, Object> properties) {
        return new CaptureRequest(apiKey, event, distinctId, properties, Instant.now());
    }
}
