package com.northwind.flags.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Body of PostHog's public {@code /capture/} endpoint.
 */
public record CaptureRequest(
        @JsonProperty("api_key") String apiKey,
        String event,
        @JsonProperty("distinct_id") String distinctId,
        Map<String, Object> properties) {
}
