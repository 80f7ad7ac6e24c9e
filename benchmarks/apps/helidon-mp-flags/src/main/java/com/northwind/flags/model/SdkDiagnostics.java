package com.northwind.flags.model;

import java.time.Instant;

/**
 * Snapshot of the SDK setup shown on the admin diagnostics page.
 */
public record SdkDiagnostics(String host,
                             String projectApiKey,
                             String personalApiKey,
                             int pollIntervalSeconds,
                             boolean localEvaluation,
                             Instant takenAt) {
}
