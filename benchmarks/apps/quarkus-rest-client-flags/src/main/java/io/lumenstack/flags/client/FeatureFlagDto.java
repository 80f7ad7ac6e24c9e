package io.lumenstack.flags.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagDto(
        long id,
        String key,
        String name,
        boolean active,
        @JsonProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        List<String> tags) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<FeatureFlagDto> results) {
    }
}
