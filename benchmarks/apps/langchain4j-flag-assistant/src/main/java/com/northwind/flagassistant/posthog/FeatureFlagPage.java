package com.northwind.flagassistant.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One page of GET /api/projects/{project_id}/feature_flags/ */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagPage(int count, String next, String previous, List<FeatureFlag> results) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeatureFlag(
            long id,
            String key,
            String name,
            boolean active,
            boolean deleted,
            @JsonProperty("rollout_percentage") Integer rolloutPercentage,
            Map<String, Object> filters,
            @JsonProperty("created_at") String createdAt) {

        public String summary() {
            String rollout = rolloutPercentage == null ? "by release conditions" : rolloutPercentage + "%";
            return "`" + key + "` (id " + id + ", " + (active ? "active" : "inactive") + ", rollout " + rollout + ")"
                    + (name == null || name.isBlank() ? "" : ": " + name);
        }
    }
}
