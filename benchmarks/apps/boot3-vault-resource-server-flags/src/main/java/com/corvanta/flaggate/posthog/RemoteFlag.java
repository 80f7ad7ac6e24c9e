package com.corvanta.flaggate.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A feature flag as returned by {@code GET /api/projects/{id}/feature_flags/}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteFlag(
        long id,
        String key,
        String name,
        boolean active,
        boolean deleted,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        Map<String, Object> filters) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<RemoteFlag> results) {
    }
}
