package com.northwind.flags.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "flag_definition")
@NamedQuery(name = "FlagDefinition.byKey", query = "select f from FlagDefinition f where f.flagKey = :key")
public class FlagDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "posthog_id", nullable = false)
    private long posthogId;

    @Column(name = "flag_key", nullable = false, unique = true)
    private String flagKey;

    @Column(name = "active")
    private boolean active;

    @Column(name = "rollout_percentage")
    private Integer rolloutPercentage;

    @Column(name = "synced_at")
    private Instant syncedAt;

    public Long getId() {
        return id;
    }

    public long getPosthogId() {
        return posthogId;
    }

    public void setPosthogId(long posthogId) {
        this.posthogId = posthogId;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public void setFlagKey(String flagKey) {
        this.flagKey = flagKey;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getRolloutPercentage() {
        return rolloutPercentage;
    }

    public void setRolloutPercentage(Integer rolloutPercentage) {
        this.rolloutPercentage = rolloutPercentage;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    public void setSyncedAt(Instant syncedAt) {
        this.syncedAt = syncedAt;
    }
}
