package com.acme.flagadmin.web.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Subset of PostHog's feature flag representation that the admin UI needs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureFlagDto(long id, String key, String name, boolean active, Integer rolloutPercentage) {

    /** Paginated list envelope returned by {@code /api/projects/:id/feature_flags/}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<FeatureFlagDto> results) {
    }
}
