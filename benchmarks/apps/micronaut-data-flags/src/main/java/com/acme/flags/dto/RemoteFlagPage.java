package com.acme.flags.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of {@code GET /api/projects/{id}/feature_flags/}. */
@Serdeable
public record RemoteFlagPage(int count,
                             @Nullable String next,
                             List<RemoteFlag> results) {

    @Serdeable
    public record RemoteFlag(long id,
                             String key,
                             @Nullable String name,
                             boolean active,
                             @JsonProperty("rollout_percentage") @Nullable Integer rolloutPercentage) {
    }
}
