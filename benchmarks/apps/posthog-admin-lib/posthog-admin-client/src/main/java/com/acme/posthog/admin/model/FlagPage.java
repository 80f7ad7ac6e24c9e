package com.acme.posthog.admin.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of {@code GET /api/projects/{id}/feature_flags/}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagPage(int count, String next, String previous, List<FeatureFlag> results) {

    public boolean hasNext() {
        return next != null && !next.isBlank();
    }
}
