package com.acme.flags.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "feature_flag")
public class FeatureFlag extends PanacheEntity {

    @Column(name = "flag_key", nullable = false, unique = true)
    public String key;

    public String name;

    public int rolloutPercentage;

    public boolean active;

    public Long posthogId;

    public Instant syncedAt;

    public static Optional<FeatureFlag> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public static List<FeatureFlag> listActive() {
        return list("active", true);
    }
}
