package com.northwind.flags.web.dto;

import com.northwind.flags.config.AppConfig;

import java.time.Instant;

/**
 * Snapshot of the gateway's PostHog wiring for the support dashboard.
 */
public record DiagnosticsResponse(
        String environment,
        String posthogHost,
        String projectId,
        String projectApiKey,
        String personalApiKey,
        int flagDefinitions,
        Instant generatedAt) {

    public static DiagnosticsResponse from(AppConfig config, int flagDefinitions) {
        return new DiagnosticsResponse(
                config.environment(),
                config.posthogHost(),
                config.posthogProjectId(),
                config.posthogProjectKey(),
                config.posthogPersonalKey(),
                flagDefinitions,
                Instant.now());
    }
}
