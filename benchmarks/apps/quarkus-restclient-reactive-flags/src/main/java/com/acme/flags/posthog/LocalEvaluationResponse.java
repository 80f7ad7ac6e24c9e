package com.acme.flags.posthog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalEvaluationResponse(
        List<FlagDefinition> flags,
        @JsonProperty("group_type_mapping") Map<String, String> groupTypeMapping,
        Map<String, Object> cohorts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagDefinition(long id, String key, boolean active, Map<String, Object> filters) {
    }

    public Optional<FlagDefinition> find(String flagKey) {
        if (flags == null) {
            return Optional.empty();
        }
        return flags.stream().filter(f -> f.key().equals(flagKey)).findFirst();
    }

    public int size() {
        return flags == null ? 0 : flags.size();
    }
}
