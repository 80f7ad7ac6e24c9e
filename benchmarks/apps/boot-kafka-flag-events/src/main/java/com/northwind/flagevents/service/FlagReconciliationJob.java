package com.northwind.flagevents.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.northwind.flagevents.dto.FlagChangeEvent;
import com.northwind.flagevents.dto.RemoteFlag;
import com.northwind.flagevents.kafka.FlagEventProducer;
import com.northwind.flagevents.posthog.PostHogFlagClient;

/**
 * Periodically pulls flag definitions from PostHog and emits a change event for every flag whose
 * state differs from the Redis cache.
 */
@Service
public class FlagReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(FlagReconciliationJob.class);
    private static final long SYSTEM_SESSION_ID = 0L;

    private final PostHogFlagClient flagClient;
    private final FlagCacheService cache;
    private final FlagEventProducer producer;
    private final AtomicReference<Instant> lastRun = new AtomicReference<>();

    public FlagReconciliationJob(PostHogFlagClient flagClient, FlagCacheService cache, FlagEventProducer producer) {
        this.flagClient = flagClient;
        this.cache = cache;
        this.producer = producer;
    }

    @Scheduled(cron = "${flag-events.reconcile.cron}")
    public void reconcile() {
        PostHogFlagClient.Credentials creds = flagClient.credentials();
        log.debug("Starting reconciliation with {}", creds);
        try {
            List<RemoteFlag> remote = flagClient.listFlags(creds);
            Map<String, Boolean> cached = cache.snapshot();
            String runToken = UUID.randomUUID().toString();
            int changed = 0;
            for (RemoteFlag flag : remote) {
                Boolean current = cached.get(flag.key());
                if (current == null || current != flag.active()) {
                    producer.publish(FlagChangeEvent.of(flag, "reconciler", SYSTEM_SESSION_ID, runToken));
                    changed++;
                }
            }
            lastRun.set(Instant.now());
            log.info("Reconciled {} flags for project {}, {} changed", remote.size(), creds.projectId(), changed);
        } catch (IllegalStateException e) {
            log.error("Flag reconciliation failed: {}", e.getMessage());
        }
    }

    public Instant lastRun() {
        return lastRun.get();
    }
}
