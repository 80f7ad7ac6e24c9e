package com.northwind.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** The subset of PostHog's feature flag resource that flagdesk shows and edits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlag(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        List<String> tags,
        @JsonProperty("created_at") OffsetDateTime createdAt) {

    public boolean hasTag(String tag) {
        return tags != null && tags.contains(tag);
    }

    /** One page of {@code GET /api/projects/{id}/feature_flags/}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<FeatureFlag> results) {
    }
}
