package com.acme.posthog.admin.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlag(
        long id,
        String key,
        String name,
        boolean active,
        boolean deleted,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("ensure_experience_continuity") boolean ensureExperienceContinuity,
        Map<String, Object> filters,
        @JsonProperty("created_at") OffsetDateTime createdAt) {
}
