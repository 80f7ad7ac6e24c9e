package com.northwind.flags.dto;

import com.northwind.flags.config.PostHogProperties;

import java.time.Instant;

/**
 * Snapshot returned by GET /api/flags/diagnostics for the ops dashboard.
 */
public record DiagnosticsView(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        boolean localEvaluation,
        int cachedFlags,
        Instant lastSync) {

    public static DiagnosticsView from(PostHogProperties properties, int cachedFlags, Instant lastSync) {
        return new DiagnosticsView(
                properties.getHost(),
                properties.getProjectId(),
                properties.getProjectApiKey(),
                properties.getPersonalApiKey(),
                properties.hasPersonalApiKey(),
                cachedFlags,
                lastSync);
    }
}
