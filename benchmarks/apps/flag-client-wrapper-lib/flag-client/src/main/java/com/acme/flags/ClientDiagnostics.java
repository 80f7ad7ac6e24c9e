package com.acme.flags;

import java.time.Instant;

/**
 * Snapshot of a {@link FlagClient}'s configuration and health, meant for admin endpoints.
 */
public record ClientDiagnostics(
        String host,
        String projectApiKey,
        String personalApiKey,
        boolean localEvaluation,
        int pollIntervalSeconds,
        int knownFlags,
        Instant lastRefresh) {
}
