package com.northwind.flagsync.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
@MappedEntity("flag_snapshot")
public record FlagSnapshot(
        @Id @GeneratedValue @Nullable Long id,
        String flagKey,
        String action,
        @Nullable String actorEmail,
        @Nullable String rule,
        Instant occurredAt,
        @DateCreated @Nullable Instant recordedAt) {

    public static FlagSnapshot of(String flagKey, String action, String actorEmail, String rule, Instant occurredAt) {
        return new FlagSnapshot(null, flagKey, action, actorEmail, rule, occurredAt, null);
    }
}
