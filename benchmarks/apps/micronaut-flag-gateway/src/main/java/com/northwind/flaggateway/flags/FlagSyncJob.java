package com.northwind.flaggateway.flags;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class FlagSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncJob.class);

    private final FlagSyncService syncService;
    private int consecutiveFailures;

    public FlagSyncJob(FlagSyncService syncService) {
        this.syncService = syncService;
    }

    @Scheduled(fixedDelay = "${posthog.sync-interval:5m}", initialDelay = "15s")
    void refreshFlagDefinitions() {
        try {
            int count = syncService.sync();
            consecutiveFailures = 0;
            LOG.info("Synced {} feature flag definitions", count);
        } catch (FlagSyncException e) {
            consecutiveFailures++;
            LOG.error("Feature flag sync failed ({} in a row, retryable={}): {}",
                    consecutiveFailures, e.isRetryable(), e.getMessage());
        }
    }
}
