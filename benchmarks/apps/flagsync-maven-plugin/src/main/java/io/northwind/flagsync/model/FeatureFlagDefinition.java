package io.northwind.flagsync.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * One flag as stored in {@code flags/*.json} and as returned by
 * {@code /api/projects/:id/feature_flags/}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagDefinition(
        Long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        Map<String, Object> filters) {

    public FeatureFlagDefinition withId(Long newId) {
        return new FeatureFlagDefinition(newId, key, name, active, rolloutPercentage, filters);
    }
}
