package com.northwind.flagadmin.model;

import java.time.OffsetDateTime;

public class FlagAudit {

    private Long id;
    private String flagKey;
    private String action;
    private String actor;
    private boolean enabledAfter;
    private OffsetDateTime createdAt;

    public FlagAudit() {
    }

    public FlagAudit(String flagKey, String action, String actor, boolean enabledAfter) {
        this.flagKey = flagKey;
        this.action = action;
        this.actor = actor;
        this.enabledAfter = enabledAfter;
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public void setFlagKey(String flagKey) {
        this.flagKey = flagKey;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public boolean isEnabledAfter() {
        return enabledAfter;
    }

    public void setEnabledAfter(boolean enabledAfter) {
        this.enabledAfter = enabledAfter;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
