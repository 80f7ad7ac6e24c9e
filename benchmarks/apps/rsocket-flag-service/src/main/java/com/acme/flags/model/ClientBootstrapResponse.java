package com.acme.flags.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClientBootstrapResponse(
        @JsonProperty("distinct_id") String distinctId,
        String platform,
        @JsonProperty("api_key") String projectApiKey,
        @JsonProperty("api_host") String apiHost,
        @JsonProperty("flags_key") String flagsKey,
        @JsonProperty("feature_flags") Map<String, Object> featureFlags,
        @JsonProperty("issued_at") Instant issuedAt) {
}
