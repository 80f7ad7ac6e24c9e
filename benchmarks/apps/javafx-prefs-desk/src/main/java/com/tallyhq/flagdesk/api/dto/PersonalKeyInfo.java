package com.tallyhq.flagdesk.api.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of GET /api/personal_api_keys/. PostHog only returns the masked value, never the key.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonalKeyInfo(
        String id,
        String label,
        @JsonProperty("mask_value") String maskValue,
        List<String> scopes,
        @JsonProperty("last_used_at") OffsetDateTime lastUsedAt) {
}
