package com.northwind.relay.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;
import java.util.Map;

@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookEvent(
        @NotBlank String id,
        @NotBlank String type,
        @JsonProperty("customer_id") String distinctId,
        @JsonProperty("session_id") long sessionId,
        @JsonProperty("occurred_at") OffsetDateTime occurredAt,
        Map<String, Object> properties) {
}
