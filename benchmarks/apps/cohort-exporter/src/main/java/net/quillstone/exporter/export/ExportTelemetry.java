package net.quillstone.exporter.export;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.Map;

/**
 * Reports each export to the team's own PostHog project and reads the exporter's kill switch.
 */
public final class ExportTelemetry implements AutoCloseable {

    private static final String DISTINCT_ID = "cohort-exporter";

    private final PostHogInterface posthog;

    public ExportTelemetry() {
        PostHogConfig config = PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
                .host(System.getenv().getOrDefault("POSTHOG_HOST", "https://eu.i.posthog.com"))
                .personalApiKey(System.getenv("POSTHOG_API_KEY"))
                .build();
        this.posthog = PostHog.with(config);
    }

    public boolean exportsEnabled() {
        return posthog.isFeatureEnabled(DISTINCT_ID, "cohort-exports-enabled", true);
    }

    public void exported(long cohortId, long rows) {
        posthog.capture(DISTINCT_ID, "cohort exported", Map.of("cohort_id", cohortId, "rows", rows));
    }

    @Override
    public void close() {
        posthog.close();
    }
}
