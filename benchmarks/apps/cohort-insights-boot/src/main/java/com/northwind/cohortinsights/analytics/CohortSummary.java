package com.northwind.cohortinsights.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

@JsonIgnoreProperties(ignoreUnknown = true)
public record CohortSummary(
        long id,
        String name,
        @JsonProperty("count") Integer personCount,
        @JsonProperty("is_calculating") boolean calculating,
        @JsonProperty("last_calculation") OffsetDateTime lastCalculation) {
}
