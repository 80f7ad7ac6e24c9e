package com.northwind.flagboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

@Entity
@Table(name = "flag_rollout", uniqueConstraints = @UniqueConstraint(columnNames = {"flag_key", "environment"}))
public class FlagRollout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flag_key", nullable = false)
    private String flagKey;

    @Column(nullable = false)
    private String environment;

    @Column(name = "rollout_percentage", nullable = false)
    private int rolloutPercentage;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected FlagRollout() {
    }

    public FlagRollout(String flagKey, String environment) {
        this.flagKey = flagKey;
        this.environment = environment;
    }

    public void changeRollout(int percentage, String actor) {
        if (percentage < 0 || percentage > 100) {
            throw new IllegalArgumentException("rollout percentage must be between 0 and 100");
        }
        this.rolloutPercentage = percentage;
        this.updatedBy = actor;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public String getEnvironment() {
        return environment;
    }

    public int getRolloutPercentage() {
        return rolloutPercentage;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
