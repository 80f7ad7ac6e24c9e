package com.acme.flagadmin.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "feature_flag")
public class FeatureFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long posthogFlagId;

    private String flagKey;

    private String description;

    private boolean active;

    private int rolloutPercentage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PostHogEnvironment environment;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getPosthogFlagId() { return posthogFlagId; }
    public void setPosthogFlagId(Long posthogFlagId) { this.posthogFlagId = posthogFlagId; }
    public String getFlagKey() { return flagKey; }
    public void setFlagKey(String flagKey) { this.flagKey = flagKey; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getRolloutPercentage() { return rolloutPercentage; }
    public void setRolloutPercentage(int rolloutPercentage) { this.rolloutPercentage = rolloutPercentage; }
    public PostHogEnvironment getEnvironment() { return environment; }
    public void setEnvironment(PostHogEnvironment environment) { this.environment = environment; }
}
