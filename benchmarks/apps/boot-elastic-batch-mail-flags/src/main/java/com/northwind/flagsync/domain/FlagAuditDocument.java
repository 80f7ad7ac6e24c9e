package com.northwind.flagsync.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

@Document(indexName = "flag-audit")
public class FlagAuditDocument {

    @Id
    private String id;

    @Field(type = FieldType.Long)
    private long flagId;

    @Field(type = FieldType.Keyword)
    private String flagKey;

    @Field(type = FieldType.Text)
    private String name;

    @Field(type = FieldType.Boolean)
    private boolean active;

    @Field(type = FieldType.Integer)
    private int rolloutPercentage;

    @Field(type = FieldType.Keyword)
    private List<String> conditionTerms;

    @Field(type = FieldType.Keyword)
    private String createdBy;

    @Field(type = FieldType.Keyword, index = false)
    private String conditionHash;

    @Field(type = FieldType.Date, format = DateFormat.date_time)
    private Instant syncedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getFlagId() {
        return flagId;
    }

    public void setFlagId(long flagId) {
        this.flagId = flagId;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public void setFlagKey(String flagKey) {
        this.flagKey = flagKey;
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

    public int getRolloutPercentage() {
        return rolloutPercentage;
    }

    public void setRolloutPercentage(int rolloutPercentage) {
        this.rolloutPercentage = rolloutPercentage;
    }

    public List<String> getConditionTerms() {
        return conditionTerms;
    }

    public void setConditionTerms(List<String> conditionTerms) {
        this.conditionTerms = conditionTerms;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public String getConditionHash() {
        return conditionHash;
    }

    public void setConditionHash(String conditionHash) {
        this.conditionHash = conditionHash;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    public void setSyncedAt(Instant syncedAt) {
        this.syncedAt = syncedAt;
    }
}
