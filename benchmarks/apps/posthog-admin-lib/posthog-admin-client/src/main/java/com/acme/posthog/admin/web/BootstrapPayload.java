package com.acme.posthog.admin.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Shape expected by posthog-js {@code init(token, { bootstrap: ... })} on our front ends.
 */
public record BootstrapPayload(
        @JsonProperty("token") String projectApiKey,
        @JsonProperty("api_host") String apiHost,
        @JsonProperty("distinct_id") String distinctId,
        @JsonProperty("feature_flags") Map<String, Boolean> featureFlags) {
}
