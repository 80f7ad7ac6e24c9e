package io.meridian.hub.web;

import java.time.Instant;

/**
 * What the admin console shows about the hub's connection to PostHog.
 */
public record ConnectionDiagnostics(
        String host,
        long projectId,
        String personalApiKey,
        String circuitState,
        Instant lastSync) {
}
