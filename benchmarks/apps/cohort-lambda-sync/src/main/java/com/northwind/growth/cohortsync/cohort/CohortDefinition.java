package com.northwind.growth.cohortsync.cohort;

import java.time.Instant;

/**
 * One row of {@code audiences.cohort_definitions}, maintained by the growth team in dbt.
 *
 * @param filterExpression person-property expression, e.g. {@code plan = 'pro' AND seats >= 10}
 */
public record CohortDefinition(
        String name,
        String description,
        String filterExpression,
        String owner,
        Instant updatedAt) {
}
