package com.northwind.flagsync.posthog;

import java.time.Instant;
import java.util.Map;

public record FlagSnapshot(
        String flagKey,
        boolean active,
        Integer rolloutPercentage,
        Map<String, Object> sampleEvaluations,
        Instant takenAt) {
}
