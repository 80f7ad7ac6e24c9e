package com.acme.flags.common;

/**
 * One feature flag as returned by GET /api/projects/{id}/feature_flags/.
 */
public record FeatureFlag(long id, String key, String name, boolean active, int rolloutPercentage) {
}
