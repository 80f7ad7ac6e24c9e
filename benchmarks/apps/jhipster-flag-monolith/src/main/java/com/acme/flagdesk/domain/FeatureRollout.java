package com.acme.flagdesk.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.io.Serializable;
import java.time.Instant;

/**
 * A staged rollout of a PostHog feature flag.
 */
@Entity
@Table(name = "feature_rollout")
public class FeatureRollout implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    @Column(name = "id")
    private Long id;

    @NotNull
    @Size(max = 200)
    @Column(name = "flag_key", length = 200, nullable = false, unique = true)
    private String flagKey;

    @NotNull
    @Min(0)
    @Max(100)
    @Column(name = "rollout_percentage", nullable = false)
    private Integer rolloutPercentage;

    @Column(name = "enabled")
    private Boolean enabled;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    public Long getId() {
        return this.id;
    }

    public FeatureRollout id(Long id) {
        this.setId(id);
        return this;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFlagKey() {
        return this.flagKey;
    }

    public void setFlagKey(String flagKey) {
        this.flagKey = flagKey;
    }

    public Integer getRolloutPercentage() {
        return this.rolloutPercentage;
    }

    public void setRolloutPercentage(Integer rolloutPercentage) {
        this.rolloutPercentage = rolloutPercentage;
    }

    public Boolean getEnabled() {
        return this.enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getLastSyncedAt() {
        return this.lastSyncedAt;
    }

    public void setLastSyncedAt(Instant lastSyncedAt) {
        this.lastSyncedAt = lastSyncedAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FeatureRollout)) {
            return false;
        }
        return getId() != null && getId().equals(((FeatureRollout) o).getId());
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return "FeatureRollout{" +
            "id=" + getId() +
            ", flagKey='" + getFlagKey() + "'" +
            ", rolloutPercentage=" + getRolloutPercentage() +
            ", enabled='" + getEnabled() + "'" +
            "}";
    }
}
