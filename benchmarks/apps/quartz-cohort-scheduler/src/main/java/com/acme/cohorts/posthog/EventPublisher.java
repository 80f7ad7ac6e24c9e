package com.acme.cohorts.posthog;

import com.acme.cohorts.config.AppSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;

/** Captures "cohort_synced" events so the growth team can chart sync runs in PostHog. */
public class EventPublisher implements AutoCloseable {

    private static final String DISTINCT_ID = "cohort-scheduler";

    private final PostHogInterface posthog;

    public EventPublisher(AppSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getPosthogHost().toString())
                .build();
        this.posthog = PostHog.with(config);
    }

    public void cohortSynced(long cohortId, String name, int members, long durationMs) {
        posthog.capture(DISTINCT_ID, "cohort_synced", Map.of(
                "cohort_id", cohortId,
                "cohort_name", name,
                "members", members,
                "duration_ms", durationMs));
    }

    @Override
    public void close() {
        posthog.close();
    }
}
