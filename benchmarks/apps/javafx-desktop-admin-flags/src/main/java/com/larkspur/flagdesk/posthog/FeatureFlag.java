package com.larkspur.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * Subset of PostHog's feature flag representation shown in the main table.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlag(
        int id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") Creator createdBy) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Creator(String email, @JsonProperty("first_name") String firstName) {
    }

    public String rolloutLabel() {
        return rolloutPercentage == null ? "conditions" : rolloutPercentage + " %";
    }
}
