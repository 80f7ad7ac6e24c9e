package com.acme.flags.scheduling;

import com.acme.flags.service.FlagSyncService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

@Singleton
public class FlagSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncJob.class);

    private final FlagSyncService flagSyncService;
    private final AtomicLong runs = new AtomicLong();

    public FlagSyncJob(FlagSyncService flagSyncService) {
        this.flagSyncService = flagSyncService;
    }

    @Scheduled(fixedDelay = "${flags.sync.interval:5m}", initialDelay = "30s")
    void syncFromPostHog() {
        long syncSessionId = runs.incrementAndGet();
        try {
            int count = flagSyncService.syncFlags();
            LOG.info("Flag sync run {} stored {} flags", syncSessionId, count);
        } catch (IllegalStateException e) {
            LOG.error("Flag sync run {} failed", syncSessionId, e);
        }
    }
}
