package com.acme.flags.infra.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Subset of the feature flag object returned by /api/projects/{id}/feature_flags/.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagDefinition(long id, String key, String name, boolean active, boolean deleted) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<FlagDefinition> results) {
    }
}
