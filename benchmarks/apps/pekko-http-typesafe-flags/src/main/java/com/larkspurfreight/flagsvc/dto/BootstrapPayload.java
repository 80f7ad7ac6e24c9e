package com.larkspurfreight.flagsvc.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Sent to the shipment console on page load so posthog-js can start with known flag values.
 */
public record BootstrapPayload(
        @JsonProperty("token") String projectApiKey,
        @JsonProperty("api_host") String apiHost,
        @JsonProperty("distinct_id") String distinctId,
        @JsonProperty("feature_flags") Map<String, Boolean> featureFlags,
        @JsonProperty("local_evaluation_key") String localEvaluationKey) {
}
