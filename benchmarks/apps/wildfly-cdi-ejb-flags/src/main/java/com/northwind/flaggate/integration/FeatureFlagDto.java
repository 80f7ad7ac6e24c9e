package com.northwind.flaggate.integration;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * One entry of {@code GET /api/projects/{id}/feature_flags/}, as bound by JSON-B.
 */
public record FeatureFlagDto(
        long id,
        String key,
        String name,
        boolean active,
        @JsonbProperty("rollout_percentage") Integer rolloutPercentage,
        @JsonbProperty("created_by") Creator createdBy,
        List<String> tags) {

    public record Creator(String email, @JsonbProperty("first_name") String firstName) {
    }

    /** Page wrapper returned by the PostHog REST API. */
    public record Page(int count, String next, List<FeatureFlagDto> results) {
    }
}
