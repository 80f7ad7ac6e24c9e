package dev.flagtool.cli.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public class FeatureFlag {

    private long id;
    private String key;
    private String name;
    private boolean active;
    private boolean deleted;

    @JsonProperty("rollout_percentage")
    private Integer rolloutPercentage;

    @JsonProperty("ensure_experience_continuity")
    private boolean ensureExperienceContinuity;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public Integer getRolloutPercentage() {
        return rolloutPercentage;
    }

    public void setRolloutPercentage(Integer rolloutPercentage) {
        this.rolloutPercentage = rolloutPercentage;
    }

    public boolean isEnsureExperienceContinuity() {
        return ensureExperienceContinuity;
    }

    public void setEnsureExperienceContinuity(boolean ensureExperienceContinuity) {
        this.ensureExperienceContinuity = ensureExperienceContinuity;
    }

    @Override
    public String toString() {
        return String.format("%-40s %-8s %s%%", key, active ? "on" : "off",
                rolloutPercentage == null ? "-" : rolloutPercentage);
    }
}
