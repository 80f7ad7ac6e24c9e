package io.acme.posthog.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** Subset of PostHog's feature flag resource that flagctl cares about. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlag(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("ensure_experience_continuity") boolean experienceContinuity) {

    public String describe() {
        String rollout = rolloutPercentage == null ? "conditions" : rolloutPercentage + "%";
        return "%-6d %-40s %-8s %s".formatted(id, key, active ? "on" : "off", rollout);
    }
}
