package com.northwind.flagevents.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteFlag(long id, String key, boolean active, Integer rolloutPercentage) {

    /** One page of {@code GET /api/projects/:id/feature_flags/}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<RemoteFlag> results) {
    }
}
