package com.northwind.flaggate.domain;

import java.time.Instant;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A manual override of a PostHog flag value for one distinct id (support cases, QA accounts,
 * staged rollouts that PostHog targeting cannot express).
 */
@Document("flag_overrides")
@CompoundIndex(name = "flag_distinct_idx", def = "{'flagKey': 1, 'distinctId': 1}", unique = true)
public class FlagOverride {

    @Id
    private String id;
    private String flagKey;
    private String distinctId;
    private String variant;
    private String rolloutExpression;
    private String updatedBy;

    @CreatedDate
    private Instant createdAt;

    @LastModifiedDate
    private Instant updatedAt;

    protected FlagOverride() {
    }

    public FlagOverride(String flagKey, String distinctId) {
        this.flagKey = flagKey;
        this.distinctId = distinctId;
    }

    public String getId() {
        return id;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public String getVariant() {
        return variant;
    }

    public void setVariant(String variant) {
        this.variant = variant;
    }

    public String getRolloutExpression() {
        return rolloutExpression;
    }

    public void setRolloutExpression(String rolloutExpression) {
        this.rolloutExpression = rolloutExpression;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
