package com.northwind.flagadmin.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of GET /api/projects/{id}/feature_flags/.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlag(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("created_at") String createdAt) {
}
