package com.northbeam.flagsync.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagDefinition(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("ensure_experience_continuity") boolean ensureExperienceContinuity,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        Map<String, Object> filters) {
}
