package org.saltmarsh.ledger.api.dto;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;

public record FlagEvaluationDto(
        @JsonbProperty("flag") String key,
        @JsonbProperty("distinct_id") String distinctId,
        boolean enabled,
        @JsonbProperty("evaluated_at") Instant evaluatedAt) {
}
