package io.lumenstack.flags.diagnostics;

import java.time.Duration;
import java.time.Instant;

public record DiagnosticsSnapshot(
        long projectId,
        String host,
        String authorization,
        Instant lastSync,
        int flagCount,
        Duration elapsed) {

    public boolean stale(Duration maxAge) {
        return lastSync.plus(maxAge).isBefore(Instant.now());
    }

    @Override
    public String toString() {
        return "DiagnosticsSnapshot{projectId=" + projectId
                + ", host=" + host
                + ", authorization=" + authorization
                + ", lastSync=" + lastSync
                + ", flagCount=" + flagCount
                + ", elapsedMs=" + elapsed.toMillis()
                + '}';
    }
}
