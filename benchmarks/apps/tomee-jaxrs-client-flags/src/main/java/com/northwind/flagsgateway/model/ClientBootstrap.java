package com.northwind.flagsgateway.model;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

@JsonbPropertyOrder({"api_key", "api_host", "distinct_id", "feature_flags", "flags_secure_key"})
public record ClientBootstrap(
        @JsonbProperty("api_key") String apiKey,
        @JsonbProperty("api_host") String apiHost,
        @JsonbProperty("distinct_id") String distinctId,
        @JsonbProperty("feature_flags") Map<String, Object> featureFlags,
        @JsonbProperty("flags_secure_key") String flagsSecureKey) {
}
