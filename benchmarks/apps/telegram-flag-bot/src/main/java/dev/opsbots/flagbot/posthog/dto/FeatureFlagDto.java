package dev.opsbots.flagbot.posthog.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagDto(
        long id,
        String key,
        String name,
        boolean active,
        boolean deleted,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("created_at") String createdAt) {

    public String label() {
        return (active ? "\u2705 " : "\u26D4 ") + key + (name == null || name.isBlank() ? "" : " - " + name);
    }
}
