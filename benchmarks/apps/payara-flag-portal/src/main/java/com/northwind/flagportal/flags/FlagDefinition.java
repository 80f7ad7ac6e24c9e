package com.northwind.flagportal.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Local copy of a PostHog feature flag, refreshed by {@link FlagSyncService}.
 */
@Entity
@Table(name = "FLAG_DEFINITION")
@NamedQuery(name = "FlagDefinition.search",
        query = "SELECT f FROM FlagDefinition f WHERE LOWER(f.flagKey) LIKE :term OR LOWER(f.name) LIKE :term ORDER BY f.flagKey")
public class FlagDefinition {

    @Id
    private Long posthogId;

    @Column(name = "FLAG_KEY", nullable = false, unique = true)
    private String flagKey;

    private String name;

    private boolean active;

    private Integer rolloutPercentage;

    private Instant syncedAt;

    @Version
    private long version;

    protected FlagDefinition() {
    }

    public FlagDefinition(Long posthogId, String flagKey, String name, boolean active, Integer rolloutPercentage) {
        this.posthogId = posthogId;
        this.flagKey = flagKey;
        this.name = name;
        this.active = active;
        this.rolloutPercentage = rolloutPercentage;
        this.syncedAt = Instant.now();
    }

    public Long getPosthogId() {
        return posthogId;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public String getName() {
        return name;
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

    public Instant getSyncedAt() {
        return syncedAt;
    }
}
