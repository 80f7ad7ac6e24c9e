package dev.flagscope.intellij.api;

import com.google.gson.annotations.SerializedName;

import java.util.List;

/**
 * Subset of PostHog's FeatureFlag serializer that the tool window renders.
 */
public record FeatureFlag(
        long id,
        String key,
        String name,
        boolean active,
        boolean deleted,
        @SerializedName("rollout_percentage") Integer rolloutPercentage,
        @SerializedName("created_by") Creator createdBy,
        @SerializedName("tags") List<String> tags,
        @SerializedName("ensure_experience_continuity") boolean experienceContinuity) {

    public record Creator(String email, @SerializedName("first_name") String firstName) {
    }

    public record Page(int count, String next, List<FeatureFlag> results) {
    }
}
