package com.northwind.flagops.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A feature flag as the PostHog REST API lists it (the fields this console shows). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagDto(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
}
