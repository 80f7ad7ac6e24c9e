package com.northwind.growth.cohortsync.posthog;

import com.northwind.growth.cohortsync.config.SyncSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.time.Duration;
import java.util.Map;

/**
 * Product analytics about the sync itself ("cohort synced", "cohort sync failed"), captured into
 * the same PostHog project so the growth team can chart sync health next to the cohorts.
 */
public final class SyncTelemetry implements AutoCloseable {

    private static final String DISTINCT_ID = "service:cohort-sync";

    private final PostHogInterface posthog;
    private final String stage;

    public SyncTelemetry(SyncSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.credentials().personalApiKey())
                .host(settings.ingestionHost())
                .flushAt(20)
                .build();
        this.posthog = PostHog.with(config);
        this.stage = settings.stage();
    }

    public void cohortSynced(String cohortName, boolean created, Duration took) {
        posthog.capture(DISTINCT_ID, "cohort synced", Map.of(
                "cohort", cohortName,
                "created", created,
                "duration_ms", took.toMillis(),
                "stage", stage));
    }

    public void cohortFailed(String cohortName, String reason) {
        posthog.capture(DISTINCT_ID, "cohort sync failed", Map.of(
                "cohort", cohortName,
                "reason", reason,
                "stage", stage));
    }

    public void flush() {
        posthog.flush();
    }

    @Override
    public void close() {
        posthog.close();
    }
}
