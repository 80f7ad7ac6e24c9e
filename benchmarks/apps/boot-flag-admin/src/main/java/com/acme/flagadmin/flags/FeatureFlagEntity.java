package com.acme.flagadmin.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/** Local mirror of a PostHog flag, refreshed by {@link FlagSyncService}. */
@Entity
@Table(name = "feature_flag", uniqueConstraints = @UniqueConstraint(columnNames = {"project_slug", "flag_key"}))
public class FeatureFlagEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_slug", nullable = false)
    private String projectSlug;

    @Column(name = "remote_id", nullable = false)
    private long remoteId;

    @Column(name = "flag_key", nullable = false)
    private String flagKey;

    private String name;

    private boolean active;

    @Column(name = "release_condition", length = 2000)
    private String releaseCondition;

    /** Fingerprint of the key used for the last sync, so we can spot key rotations. */
    @Column(name = "synced_with_key_fp", length = 16)
    private String syncedWithKeyFingerprint;

    @Column(name = "synced_at")
    private Instant syncedAt;

    protected FeatureFlagEntity() {
    }

    public FeatureFlagEntity(String projectSlug, long remoteId, String flagKey) {
        this.projectSlug = projectSlug;
        this.remoteId = remoteId;
        this.flagKey = flagKey;
    }

    public Long getId() { return id; }
    public String getProjectSlug() { return projectSlug; }
    public long getRemoteId() { return remoteId; }
    public String getFlagKey() { return flagKey; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getReleaseCondition() { return releaseCondition; }
    public void setReleaseCondition(String releaseCondition) { this.releaseCondition = releaseCondition; }
    public String getSyncedWithKeyFingerprint() { return syncedWithKeyFingerprint; }
    public void setSyncedWithKeyFingerprint(String fp) { this.syncedWithKeyFingerprint = fp; }
    public Instant getSyncedAt() { return syncedAt; }
    public void setSyncedAt(Instant syncedAt) { this.syncedAt = syncedAt; }
}
