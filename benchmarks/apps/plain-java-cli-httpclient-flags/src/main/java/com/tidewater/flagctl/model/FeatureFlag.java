package com.tidewater.flagctl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Subset of the PostHog feature flag resource that flagctl displays. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlag(
        int id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("ensure_experience_continuity") boolean ensureExperienceContinuity) {

    /** One page of {@code GET /api/projects/{id}/feature_flags/}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<FeatureFlag> results) {
    }
}
