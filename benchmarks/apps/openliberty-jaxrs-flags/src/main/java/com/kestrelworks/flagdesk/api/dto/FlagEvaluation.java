package com.kestrelworks.flagdesk.api.dto;

import jakarta.json.bind.annotation.JsonbProperty;

public record FlagEvaluation(
        @JsonbProperty("flag") String flagKey,
        @JsonbProperty("distinct_id") String distinctId,
        @JsonbProperty("enabled") boolean enabled,
        @JsonbProperty("variant") String variant) {
}
