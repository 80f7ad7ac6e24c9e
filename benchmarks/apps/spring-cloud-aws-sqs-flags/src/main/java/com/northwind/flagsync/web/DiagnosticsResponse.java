package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogProperties;
import java.time.Instant;

/**
 * What on-call sees on /internal/diagnostics when flags look stale.
 */
public record DiagnosticsResponse(
        String posthogHost,
        long projectId,
        int pollIntervalSeconds,
        String localEvaluationKey,
        Instant lastSuccessfulExport) {

    public static DiagnosticsResponse from(PostHogProperties properties, Instant lastSuccessfulExport) {
        return new DiagnosticsResponse(
                properties.getHost(),
                properties.getProjectId(),
                properties.getPollIntervalSeconds(),
                properties.getPersonalApiKey(),
                lastSuccessfulExport);
    }
}
