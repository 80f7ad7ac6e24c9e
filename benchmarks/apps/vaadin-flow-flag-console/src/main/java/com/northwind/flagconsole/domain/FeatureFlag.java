package com.northwind.flagconsole.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;

@Entity
@Table(name = "feature_flag")
public class FeatureFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    /** Id of the flag on the PostHog side, null for flags drafted in the console. */
    @Column(name = "posthog_id", unique = true)
    private Long posthogId;

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "lower-case letters, digits, '-' and '_' only")
    @Column(name = "flag_key", nullable = false, unique = true, length = 200)
    private String key;

    @NotBlank
    @Column(nullable = false)
    private String name;

    @Min(0)
    @Max(100)
    @Column(name = "rollout_percentage")
    private Integer rolloutPercentage;

    private boolean active;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    public Long getId() {
        return id;
    }

    public Long getPosthogId() {
        return posthogId;
    }

    public void setPosthogId(Long posthogId) {
        this.posthogId = posthogId;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getRolloutPercentage() {
        return rolloutPercentage;
    }

    public void setRolloutPercentage(Integer rolloutPercentage) {
        this.rolloutPercentage = rolloutPercentage;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getLastSyncedAt() {
        return lastSyncedAt;
    }

    public void setLastSyncedAt(Instant lastSyncedAt) {
        this.lastSyncedAt = lastSyncedAt;
    }
}
