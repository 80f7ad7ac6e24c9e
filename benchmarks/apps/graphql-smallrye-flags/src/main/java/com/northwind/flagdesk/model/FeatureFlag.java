package com.northwind.flagdesk.model;

import org.eclipse.microprofile.graphql.Type;

@Type("FeatureFlag")
public class FeatureFlag {

    private long id;
    private String key;
    private boolean active;
    private Integer rolloutPercentage;

    public FeatureFlag() {
    }

    public FeatureFlag(long id, String key, boolean active, Integer rolloutPercentage) {
        this.id = id;
        this.key = key;
        this.active = active;
        this.rolloutPercentage = rolloutPercentage;
    }

    public long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getRolloutPercentage() {
        return rolloutPercentage;
    }
}
