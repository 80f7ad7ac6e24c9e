package com.northwind.flagsync.model;

import java.util.Map;

/** Subset of the PostHog API objects that flagsync copies. */
public final class PostHogResources {

    public record FeatureFlag(long id, String key, String name, boolean active, Map<String, Object> filters) { }

    public record Cohort(long id, String name, boolean isStatic, int count) { }

    private PostHogResources() {
    }
}
