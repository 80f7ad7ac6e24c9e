package com.northwind.flags.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * Last known definition of a PostHog feature flag, mirrored locally so the
 * rollout rules survive a PostHog outage.
 */
@Entity
@Table(name = "flag_snapshot")
public class FlagSnapshot extends PanacheEntity {

    @Column(name = "flag_key", nullable = false, unique = true)
    public String flagKey;

    @Column(name = "rollout_expression", length = 2000)
    public String rolloutExpression;

    @Column(name = "token_count")
    public int tokenCount;

    public boolean active;

    public String etag;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    public static Optional<FlagSnapshot> findByFlagKey(String flagKey) {
        return find("flagKey", flagKey).firstResultOptional();
    }
}
