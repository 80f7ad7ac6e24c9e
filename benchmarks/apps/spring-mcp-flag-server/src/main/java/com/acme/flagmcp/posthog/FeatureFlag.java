package com.acme.flagmcp.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Subset of PostHog's FeatureFlag serializer that the MCP tools care about.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlag(
        long id,
        String key,
        String name,
        boolean active,
        boolean deleted,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        Map<String, Object> filters,
        List<String> tags,
        @JsonProperty("created_at") OffsetDateTime createdAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<FeatureFlag> results) {
    }
}
