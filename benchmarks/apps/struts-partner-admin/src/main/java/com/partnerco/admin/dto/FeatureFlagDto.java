package com.partnerco.admin.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagDto(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<FeatureFlagDto> results) {
    }
}
