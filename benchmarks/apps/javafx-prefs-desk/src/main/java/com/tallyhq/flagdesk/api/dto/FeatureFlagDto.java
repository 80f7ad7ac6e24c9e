package com.tallyhq.flagdesk.api.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagDto(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("ensure_experience_continuity") boolean ensureExperienceContinuity) {
}
