package com.brightlane.flagdeck.api;

import com.google.gson.annotations.SerializedName;

import java.util.List;

public class FlagListResponse {

    @SerializedName("count")
    public int count;

    @SerializedName("next")
    public String next;

    @SerializedName("results")
    public List<Flag> results;

    public static class Flag {
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

        @Override
        public String toString() {
            return "Flag{" + key + ", active=" + active + ", rollout=" + rolloutPercentage + "}";
        }
    }
}
