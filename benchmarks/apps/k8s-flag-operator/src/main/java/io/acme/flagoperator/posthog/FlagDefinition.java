package io.acme.flagoperator.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** One feature flag as PostHog's {@code /api/projects/:id/feature_flags/} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagDefinition(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        JsonNode filters) {
}
