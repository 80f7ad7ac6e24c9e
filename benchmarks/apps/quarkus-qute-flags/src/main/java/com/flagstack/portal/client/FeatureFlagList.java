package com.flagstack.portal.client;

import java.util.List;

public record FeatureFlagList(int count, String next, List<FeatureFlag> results) {

    public record FeatureFlag(long id, String key, String name, boolean active, boolean deleted) {
    }
}
