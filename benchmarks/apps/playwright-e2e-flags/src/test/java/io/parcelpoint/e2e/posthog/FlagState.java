package io.parcelpoint.e2e.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of a PostHog feature flag the suite cares about.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagState(
        @JsonProperty("id") long id,
        @JsonProperty("key") String key,
        @JsonProperty("active") boolean active) {
}
