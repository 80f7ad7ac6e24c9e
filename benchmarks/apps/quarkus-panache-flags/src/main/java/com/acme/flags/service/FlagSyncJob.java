package com.acme.flags.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

@ApplicationScoped
public class FlagSyncJob {

    private static final Logger LOG = Logger.getLogger(FlagSyncJob.class);

    private final FlagSyncService syncService;

    public FlagSyncJob(FlagSyncService syncService) {
        this.syncService = syncService;
    }

    @Scheduled(every = "{flags.sync.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void syncFlags() {
        try {
            int count = syncService.syncFromPostHog();
            LOG.debugf("Scheduled sync finished, %d flags", count);
        } catch (PostHogSyncException e) {
            LOG.error("Scheduled flag sync failed", e);
        } catch (IllegalStateException e) {
            LOG.warnf("Skipping flag sync: %s", e.getMessage());
        }
    }
}
