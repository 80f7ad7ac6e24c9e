package com.lumorafreight.flagproxy.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record FlagDefinition(long id, String key, String name, boolean active, Integer rolloutPercentage) {

    /** One page of {@code /api/projects/{id}/feature_flags/}. */
    @Serdeable
    public record Page(int count, @Nullable String next, List<FlagDefinition> results) {
    }
}
