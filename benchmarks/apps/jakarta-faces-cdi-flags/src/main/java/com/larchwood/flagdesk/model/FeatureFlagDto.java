package com.larchwood.flagdesk.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * Subset of PostHog's FeatureFlag serializer that the dashboard needs.
 */
public record FeatureFlagDto(long id,
                             String key,
                             String name,
                             boolean active,
                             @JsonbProperty("rollout_percentage") Integer rolloutPercentage,
                             @JsonbProperty("ensure_experience_continuity") boolean experienceContinuity) {

    /** Paginated list envelope of /api/projects/{id}/feature_flags/. */
    public record Page(long count, String next, String previous, List<FeatureFlagDto> results) {
    }
}
