package com.orbitcart.growthsync.web;

import java.time.Instant;

/** Shown on the admin dashboard's "PostHog" card. */
public record IntegrationStatus(
        String host,
        long projectId,
        String personalKeyHint,
        boolean personalKeyConfigured,
        int cohortCount,
        Instant lastSync) {
}
