package com.acme.flags.posthog;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of PostHog's public capture endpoint.
 */
public record CaptureRequest(
        @JsonProperty("api_key") String apiKey,
        String event,
        @JsonProperty("distinct_id") String distinctId,
        Map<String, Object> properties) {
}
