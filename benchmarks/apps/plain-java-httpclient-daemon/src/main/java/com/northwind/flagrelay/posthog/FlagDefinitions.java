package com.northwind.flagrelay.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /api/feature_flag/local_evaluation/}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagDefinitions(
        @JsonProperty("flags") List<Flag> flags,
        @JsonProperty("group_type_mapping") Map<String, String> groupTypeMapping,
        @JsonProperty("cohorts") Map<String, JsonNode> cohorts) {

    public FlagDefinitions {
        flags = flags == null ? List.of() : List.copyOf(flags);
        groupTypeMapping = groupTypeMapping == null ? Map.of() : Map.copyOf(groupTypeMapping);
        cohorts = cohorts == null ? Map.of() : Map.copyOf(cohorts);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flag(
            @JsonProperty("id") long id,
            @JsonProperty("key") String key,
            @JsonProperty("active") boolean active,
            @JsonProperty("deleted") boolean deleted,
            @JsonProperty("filters") JsonNode filters) {
    }
}
