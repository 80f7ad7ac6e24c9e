package com.acme.flags.api;

import com.google.gson.annotations.SerializedName;

import java.util.List;

public class FeatureFlagListResponse {

    @SerializedName("count")
    public int count;

    @SerializedName("next")
    public String next;

    @SerializedName("results")
    public List<FeatureFlag> results;

    public static class FeatureFlag {
        @SerializedName("id")
        public long id;

        @SerializedName("key")
        public String key;

        @SerializedName("name")
        public String name;

        @SerializedName("active")
        public boolean active;

        @SerializedName("rollout_percentage")
        public Integer rolloutPercentage;
    }
}
