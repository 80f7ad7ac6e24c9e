package com.tidewaterlabs.flagsync.domain;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;

import java.time.Instant;

@MappedEntity("flag_snapshot")
public record FlagSnapshot(
        @Id @GeneratedValue Long id,
        String projectId,
        String flagKey,
        boolean active,
        @MappedProperty(type = DataType.JSON) String filtersJson,
        @DateUpdated Instant syncedAt) {

    public static FlagSnapshot of(String projectId, String flagKey, boolean active, String filtersJson) {
        return new FlagSnapshot(null, projectId, flagKey, active, filtersJson, null);
    }
}
