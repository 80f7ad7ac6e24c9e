package com.northwind.flagsync.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

@Serdeable
public record FlagPage(int count,
                       @Nullable String next,
                       List<FlagDefinition> results) {

    @Serdeable
    public record FlagDefinition(long id,
                                 String key,
                                 boolean active,
                                 @JsonProperty("rollout_percentage") @Nullable Integer rolloutPercentage,
                                 @Nullable Map<String, Object> filters) {
    }
}
