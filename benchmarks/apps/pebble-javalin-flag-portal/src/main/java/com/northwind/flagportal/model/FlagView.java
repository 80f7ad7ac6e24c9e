package com.northwind.flagportal.model;

import java.time.Instant;

/** A feature flag as the portal stores and shows it. */
public record FlagView(String key, String name, boolean enabled, int rolloutPercentage, Long posthogId, Instant updatedAt) {

    public FlagView withEnabled(boolean value) {
        return new FlagView(key, name, value, rolloutPercentage, posthogId, updatedAt);
    }
}
