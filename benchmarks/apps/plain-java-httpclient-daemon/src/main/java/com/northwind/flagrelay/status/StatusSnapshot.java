package com.northwind.flagrelay.status;

import com.northwind.flagrelay.config.DaemonConfig;
import com.northwind.flagrelay.sync.FlagSyncJob;

import java.time.Instant;

/**
 * JSON document served on {@code /status}.
 */
public record StatusSnapshot(
        String service,
        String version,
        Instant now,
        SyncInfo sync,
        PostHogInfo posthog) {

    public record SyncInfo(Instant lastSync, boolean ok, int flags, int cohorts, long durationMillis, String error) {
    }

    public record PostHogInfo(String host, long projectId, String credentialKind, String localEvaluationKey) {
    }

    static StatusSnapshot from(DaemonConfig config, FlagSyncJob.SyncResult result, String version) {
        SyncInfo sync = new SyncInfo(result.finishedAt(), result.ok(), result.flagCount(),
                result.cohortCount(), result.durationMillis(), result.error());
        PostHogInfo posthog = new PostHogInfo(config.posthogHost(), config.projectId(),
                config.credentialKind().name(), config.serverKey());
        return new StatusSnapshot("flag-relay", version, Instant.now(), sync, posthog);
    }
}
