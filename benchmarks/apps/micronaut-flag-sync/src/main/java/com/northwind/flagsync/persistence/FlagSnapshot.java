package com.northwind.flagsync.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

@Serdeable
@MappedEntity("flag_snapshot")
public record FlagSnapshot(@Id @GeneratedValue @Nullable Long id,
                           String flagKey,
                           boolean active,
                           @Nullable Integer rollout,
                           @Nullable String payloadHash,
                           @DateCreated @Nullable Instant syncedAt) {

    public static FlagSnapshot of(String flagKey, boolean active, @Nullable Integer rollout, @Nullable Map<String, Object> filters) {
        return new FlagSnapshot(null, flagKey, active, rollout, filters == null ? null : sha1(filters.toString()), null);
    }

    private static String sha1(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
