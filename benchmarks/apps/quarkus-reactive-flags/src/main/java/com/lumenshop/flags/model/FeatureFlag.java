package com.lumenshop.flags.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import io.smallrye.mutiny.Uni;

/**
 * Local copy of a PostHog feature flag definition, refreshed by the sync job.
 */
@Entity
@Table(name = "feature_flag")
public class FeatureFlag extends PanacheEntity {

    @Column(name = "flag_key", nullable = false, unique = true)
    public String key;

    public String name;

    public boolean active;

    @Column(name = "rollout_percentage")
    public Integer rolloutPercentage;

    @Column(name = "posthog_id")
    public long posthogId;

    @Column(name = "synced_at")
    public Instant syncedAt;

    public static Uni<List<FeatureFlag>> listActive() {
        return list("active", true);
    }

    public static Uni<FeatureFlag> findByKey(String key) {
        return find("key", key).firstResult();
    }
}
