package com.acme.flagctl.flags;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * One feature flag as returned by {@code GET /api/projects/:id/feature_flags/}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagDefinition(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("ensure_experience_continuity") boolean ensureExperienceContinuity,
        JsonNode filters,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt) {

    public int effectiveRollout() {
        return rolloutPercentage == null ? 100 : rolloutPercentage;
    }
}
