package com.cohortlab.cohortapi.posthog;

import com.cohortlab.cohortapi.cohort.Cohort;
import com.cohortlab.cohortapi.config.PostHogSettings;
import com.cohortlab.cohortapi.posthog.PostHogApi.RemoteCohort;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

@ApplicationScoped
public class CohortSyncJob {

    private static final Logger LOG = Logger.getLogger(CohortSyncJob.class);

    private final AtomicLong runs = new AtomicLong();

    @Inject
    PostHogCohortGateway gateway;

    @Inject
    PostHogSettings settings;

    @Scheduled(identity = "cohort-sync", every = "{cohort.sync.every}", concurrentExecution = ConcurrentExecution.SKIP)
    @Transactional
    void sync() {
        long sessionId = runs.incrementAndGet();
        LOG.infof("Cohort sync session %d started", sessionId);

        ConnectionInfo connection = ConnectionInfo.from(settings);
        LOG.debugf("Connecting to PostHog: %s", connection);

        List<RemoteCohort> remote = gateway.fetchAll();
        Instant now = Instant.now();
        for (RemoteCohort rc : remote) {
            Cohort cohort = Cohort.findByPosthogId(rc.id()).orElseGet(Cohort::new);
            cohort.posthogId = rc.id();
            cohort.name = rc.name();
            cohort.description = rc.description();
            cohort.personCount = rc.count() == null ? 0 : rc.count();
            cohort.isStatic = rc.isStatic();
            cohort.syncedAt = now;
            cohort.persist();
        }
        LOG.infof("Cohort sync session %d finished: %d cohorts", sessionId, remote.size());
    }

    @Scheduled(identity = "key-check", cron = "0 0 3 * * ?")
    void nightlyKeyCheck() {
        LOG.debugf("Nightly PostHog key check, key=%s", settings.personalApiKey());
        int visible = gateway.fetchAll().size();
        LOG.infof("Nightly PostHog key check passed, %d cohorts visible", visible);
    }
}
