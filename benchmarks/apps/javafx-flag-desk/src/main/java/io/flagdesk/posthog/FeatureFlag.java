package io.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of {@code GET /api/projects/{id}/feature_flags/}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlag(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("created_by") Creator createdBy) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Creator(String email, @JsonProperty("first_name") String firstName) {
    }

    public String displayName() {
        return name == null || name.isBlank() ? key : name;
    }
}
