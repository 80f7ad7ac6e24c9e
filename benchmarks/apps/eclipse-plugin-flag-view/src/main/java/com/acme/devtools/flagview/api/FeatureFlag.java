package com.acme.devtools.flagview.api;

import java.time.OffsetDateTime;

/**
 * One row of the feature flag view.
 */
public record FeatureFlag(long id, String key, String name, boolean active, Integer rolloutPercentage,
        OffsetDateTime createdAt, String createdBy, Boolean evaluatedValue) {

    public FeatureFlag withEvaluatedValue(Boolean value) {
        return new FeatureFlag(id, key, name, active, rolloutPercentage, createdAt, createdBy, value);
    }

    public String rolloutLabel() {
        return rolloutPercentage == null ? "-" : rolloutPercentage + " %";
    }
}
