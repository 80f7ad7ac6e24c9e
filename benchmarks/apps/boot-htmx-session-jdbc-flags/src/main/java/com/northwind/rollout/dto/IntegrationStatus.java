package com.northwind.rollout.dto;

import java.time.Instant;

/**
 * Snapshot of the PostHog integration shown on the settings page and polled by the
 * "connection" badge.
 */
public record IntegrationStatus(
        String host,
        long projectId,
        boolean localEvaluation,
        String featureFlagsSecureKey,
        int flagCount,
        Instant checkedAt) {
}
