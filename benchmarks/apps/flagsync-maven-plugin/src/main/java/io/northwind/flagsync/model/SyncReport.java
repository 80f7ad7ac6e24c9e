package io.northwind.flagsync.model;

import java.time.Instant;
import java.util.List;

/**
 * Written to target/flagsync/flagsync-report.json after each run.
 */
public record SyncReport(
        String host,
        String projectId,
        String keyFingerprint,
        Instant finishedAt,
        boolean dryRun,
        List<String> created,
        List<String> updated,
        List<String> unchanged) {
}
