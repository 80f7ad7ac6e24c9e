package com.northwind.flags.model;

import io.ebean.Model;
import io.ebean.annotation.WhenCreated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * Manual flag value for one distinct id, taking precedence over PostHog.
 */
@Entity
@Table(name = "flag_override", uniqueConstraints = @UniqueConstraint(columnNames = {"flag_key", "distinct_id"}))
public class FlagOverride extends Model {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String flagKey;

    @Column(nullable = false, length = 200)
    private String distinctId;

    private boolean enabled;

    @Column(length = 500)
    private String condition;

    @Column(nullable = false, length = 64)
    private String createdBy;

    @WhenCreated
    private Instant createdAt;

    public FlagOverride(String flagKey, String distinctId, boolean enabled, String condition, String createdBy) {
        this.flagKey = flagKey;
        this.distinctId = distinctId;
        this.enabled = enabled;
        this.condition = condition;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }

    public String getFlagKey() { return flagKey; }

    public String getDistinctId() { return distinctId; }

    public boolean isEnabled() { return enabled; }

    public String getCondition() { return condition; }

    public String getCreatedBy() { return createdBy; }

    public Instant getCreatedAt() { return createdAt; }
}
