package com.brightlane.rollouts.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * Local mirror of a PostHog feature flag plus the bits PostHog does not track for us
 * (owning team, revision used for optimistic locking).
 */
@MappedEntity("rollouts")
public record Rollout(
        @Id @GeneratedValue @Nullable Long id,
        long remoteId,
        String flagKey,
        @Nullable String name,
        boolean active,
        int rolloutPercentage,
        @Nullable String owner,
        @DateUpdated @Nullable Instant syncedAt,
        @Version @Nullable Long revisionToken) {

    public static Rollout fresh(long remoteId, String flagKey) {
        return new Rollout(null, remoteId, flagKey, null, false, 0, null, null, null);
    }

    public Rollout withRemoteState(@Nullable String newName, boolean newActive, int newPercentage) {
        return new Rollout(id, remoteId, flagKey, newName, newActive, newPercentage, owner, syncedAt, revisionToken);
    }

    public Rollout withOwner(String newOwner) {
        return new Rollout(id, remoteId, flagKey, name, active, rolloutPercentage, newOwner, syncedAt, revisionToken);
    }
}
