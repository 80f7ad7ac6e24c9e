package com.acme.flagevents.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A change of a feature flag, as published on the flag-changes topic.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagChangeEvent(
        String flagKey,
        boolean active,
        int rolloutPercentage,
        String changedBy,
        Instant changedAt) {
}
