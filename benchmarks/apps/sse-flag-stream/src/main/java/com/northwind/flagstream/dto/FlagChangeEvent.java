package com.northwind.flagstream.dto;

import java.time.Instant;

/** Published on Redis by the admin backend whenever a flag is edited in PostHog. */
public record FlagChangeEvent(
        String flagKey,
        boolean active,
        int rolloutPercentage,
        Instant changedAt,
        String changedBy) {
}
