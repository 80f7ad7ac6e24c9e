package com.acme.cohorts.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A cohort as the PostHog REST API returns it (only the fields we use). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CohortDto(
        long id,
        String name,
        @JsonProperty("is_static") boolean isStatic,
        int count,
        @JsonProperty("is_calculating") boolean calculating) {

    /** One page of {@code GET /api/projects/:id/cohorts/}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int count, String next, List<CohortDto> results) {
    }
}
