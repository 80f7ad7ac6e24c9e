package com.northwind.flags.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One page of {@code GET /api/projects/{id}/feature_flags/}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagPage(int count, String next, List<FlagDefinition> results) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagDefinition(
            long id,
            String key,
            String name,
            boolean active,
            @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }
}
