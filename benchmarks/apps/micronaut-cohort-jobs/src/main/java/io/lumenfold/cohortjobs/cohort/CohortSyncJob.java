package io.lumenfold.cohortjobs.cohort;

import io.lumenfold.cohortjobs.client.PostHogApiClient;
import io.lumenfold.cohortjobs.client.PostHogApiClient.CohortDto;
import io.lumenfold.cohortjobs.client.PostHogApiClient.CohortPage;
import io.lumenfold.cohortjobs.config.PostHogProperties;
import io.lumenfold.cohortjobs.support.KeyMasker;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mirrors every PostHog cohort's size into cohort_snapshot, for the finance dashboards. */
@Singleton
public class CohortSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(CohortSyncJob.class);

    private final PostHogApiClient posthog;
    private final PostHogProperties properties;
    private final CohortSnapshotRepository snapshots;
    private final ApiKeyKind apiKey = ApiKeyKind.PERSONAL;

    public CohortSyncJob(PostHogApiClient posthog, PostHogProperties properties, CohortSnapshotRepository snapshots) {
        this.posthog = posthog;
        this.properties = properties;
        this.snapshots = snapshots;
    }

    @Scheduled(fixedDelay = "${jobs.cohort-sync.interval:15m}", initialDelay = "30s")
    void syncCohorts() {
        LOG.info("Cohort sync starting for project {} with the {} api key", properties.projectId(), apiKey);
        String fingerprint = KeyMasker.hash(properties.personalApiKey());
        int saved = 0;
        Integer offset = 0;
        try {
            while (offset != null) {
                CohortPage page = posthog.listCohorts(properties.projectId(), offset);
                for (CohortDto cohort : page.results()) {
                    if (!cohort.calculating()) {
                        snapshots.save(CohortSnapshot.of(cohort.id(), cohort.name(), cohort.count(), fingerprint));
                        saved++;
                    }
                }
                offset = page.next() == null ? null : offset + page.results().size();
            }
        } catch (HttpClientResponseException e) {
            throw new CohortSyncException("PostHog refused cohort listing (" + e.getStatus() + ") for project "
                    + properties.projectId() + " with key " + properties.personalApiKey(), e);
        }
        LOG.info("Cohort sync stored {} snapshots (key fingerprint {})", saved, fingerprint);
    }

    @Scheduled(cron = "0 30 3 * * *")
    void pruneOldSnapshots() {
        long removed = snapshots.deleteByCapturedAtBefore(Instant.now().minus(Duration.ofDays(90)));
        LOG.info("Pruned {} cohort snapshots older than 90 days", removed);
    }

    /** Which PostHog credential a job authenticates with. */
    enum ApiKeyKind {
        PROJECT,
        PERSONAL,
        FEATURE_FLAGS_SECURE
    }

    public static class CohortSyncException extends RuntimeException {

        public CohortSyncException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
