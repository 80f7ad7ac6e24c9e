package com.northwind.flags.domain.model;

import java.time.Instant;

/**
 * A feature flag definition as the rest of the platform sees it.
 */
public record FeatureFlag(
        Long id,
        String key,
        String name,
        boolean active,
        int rolloutPercentage,
        Instant syncedAt) {

    public FeatureFlag {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("flag key must not be blank");
        }
        if (rolloutPercentage < 0 || rolloutPercentage > 100) {
            throw new IllegalArgumentException("rollout percentage out of range: " + rolloutPercentage);
        }
    }

    public FeatureFlag withSyncedAt(Instant when) {
        return new FeatureFlag(id, key, name, active, rolloutPercentage, when);
    }

    public FeatureFlag mergeInto(FeatureFlag existing) {
        return new FeatureFlag(existing.id(), key, name != null ? name : existing.name(),
                active, rolloutPercentage, existing.syncedAt());
    }
}
