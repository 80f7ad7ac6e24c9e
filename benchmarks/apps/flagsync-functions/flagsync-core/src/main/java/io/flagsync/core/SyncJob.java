package io.flagsync.core;

import java.time.Instant;
import java.util.List;

/** One run of the flag-definition sync: which project, with which credentials, which flags. */
public record SyncJob(String projectId, String personalApiKey, Instant startedAt, List<String> flagKeys) {

    public static SyncJob forSettings(PostHogSettings settings, List<String> flagKeys) {
        return new SyncJob(settings.getProjectId(), settings.getPersonalApiKey(), Instant.now(), List.copyOf(flagKeys));
    }
}
