package com.corvanta.flaggate.web;

import java.time.Instant;

/**
 * JSON views returned by the admin API.
 */
public final class AdminViews {

    private AdminViews() {
    }

    public record FlagView(String key, String name, boolean active, Integer rolloutPercentage) {
    }

    public record ProjectView(String posthogProjectId, String environment, Instant lastSyncedAt, int flagCount) {
    }

    /** What the admin UI shows on the "Integration" tab. */
    public record PostHogConfigView(
            String host,
            String projectId,
            String projectApiKey,
            String personalApiKey,
            boolean localEvaluation,
            int pollIntervalSeconds) {
    }

    public record SyncStatusView(boolean personalKeyConfigured, String personalKeyHint, Instant lastSyncedAt) {
    }
}
