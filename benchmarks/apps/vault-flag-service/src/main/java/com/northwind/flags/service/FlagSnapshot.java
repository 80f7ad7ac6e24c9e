package com.northwind.flags.service;

import java.time.Instant;
import java.util.List;

import com.northwind.flags.client.FeatureFlagDto;

public record FlagSnapshot(Instant fetchedAt, List<FeatureFlagDto> flags) {

    public static FlagSnapshot empty() {
        return new FlagSnapshot(Instant.EPOCH, List.of());
    }

    public long activeCount() {
        return flags.stream().filter(FeatureFlagDto::active).count();
    }
}
