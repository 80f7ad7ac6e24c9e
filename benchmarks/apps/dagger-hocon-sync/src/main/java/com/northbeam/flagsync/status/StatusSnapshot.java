package com.northbeam.flagsync.status;

import com.northbeam.flagsync.config.PostHogSettings;
import com.northbeam.flagsync.sync.FlagSyncJob.SyncStats;
import java.time.Instant;
import java.util.Optional;

public record StatusSnapshot(
        String service,
        long lastSession,
        String lastFinished,
        int lastPushed,
        String lastError,
        String posthogHost,
        long posthogProjectId,
        String localEvaluationKey,
        String generatedAt) {

    public static StatusSnapshot from(SyncStats stats, PostHogSettings settings) {
        return new StatusSnapshot(
                "dagger-hocon-sync",
                stats.session(),
                Optional.ofNullable(stats.finished()).map(Instant::toString).orElse(null),
                stats.pushed(),
                stats.error(),
                settings.host(),
                settings.projectId(),
                settings.secureFlagsKey(),
                Instant.now().toString());
    }
}
