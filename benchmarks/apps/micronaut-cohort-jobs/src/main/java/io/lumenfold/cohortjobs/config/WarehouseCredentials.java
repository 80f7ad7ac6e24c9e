package io.lumenfold.cohortjobs.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/** One reporting warehouse the cohort snapshots are mirrored into ({@code warehouses.<name>.*}). */
@EachProperty("warehouses")
public record WarehouseCredentials(
        @Parameter String name,
        String jdbcUrl,
        String username,
        String password) {
}
