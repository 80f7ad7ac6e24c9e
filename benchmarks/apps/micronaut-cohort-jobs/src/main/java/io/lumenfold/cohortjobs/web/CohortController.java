package io.lumenfold.cohortjobs.web;

import io.lumenfold.cohortjobs.cohort.CohortSnapshot;
import io.lumenfold.cohortjobs.cohort.CohortSnapshotRepository;
import io.lumenfold.cohortjobs.config.PostHogProperties;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Controller("/api/cohorts")
public class CohortController {

    private final CohortSnapshotRepository snapshots;
    private final PostHogProperties posthog;

    public CohortController(CohortSnapshotRepository snapshots, PostHogProperties posthog) {
        this.snapshots = snapshots;
        this.posthog = posthog;
    }

    @Get("/{cohortId}/history")
    public List<CohortSnapshot> history(@PathVariable long cohortId) {
        return snapshots.findByCohortIdOrderByCapturedAtDesc(cohortId);
    }

    @Get("/embed-config")
    public EmbedConfig embedConfig() {
        return new EmbedConfig(posthog.host(), posthog.projectApiKey());
    }

    @Get("/bootstrap")
    public DashboardBootstrap bootstrap() {
        String flagsKey = posthog.personalApiKey();
        return new DashboardBootstrap(posthog.host(), posthog.projectId(), flagsKey, List.of("sizes", "churn"));
    }

    /** What the dashboard's posthog-js snippet needs to capture events. */
    @Serdeable
    public record EmbedConfig(String apiHost, String token) {
    }

    /** First payload the cohort dashboard SPA loads. */
    @Serdeable
    public record DashboardBootstrap(String apiHost, long projectId, String flagsKey, List<String> enabledPanels) {
    }
}
