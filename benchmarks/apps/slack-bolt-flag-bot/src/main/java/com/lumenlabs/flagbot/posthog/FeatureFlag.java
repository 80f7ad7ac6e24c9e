package com.lumenlabs.flagbot.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<FeatureFlag> results) {
    }
}
