package com.northwind.flagdesk.service;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Snapshot of the PostHog integration shown on the diagnostics endpoint.
 */
@Serdeable
public record DiagnosticsReport(
        String version,
        String posthogHost,
        String projectApiKey,
        String flagsSecureApiKey,
        int cachedFlags,
        Instant generatedAt) {
}
