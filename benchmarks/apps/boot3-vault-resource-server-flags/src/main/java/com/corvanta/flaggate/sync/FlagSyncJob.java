package com.corvanta.flaggate.sync;

import com.corvanta.flaggate.util.KeyMasker;
import com.corvanta.flaggate.vault.VaultPostHogSecrets;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;

/**
 * Pulls every flag of the PostHog project into Postgres. Runs on every replica; the upsert is idempotent.
 */
@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final FlagSyncService service;
    private final VaultPostHogSecrets secrets;
    private final Timer syncTimer;
    private final Counter failures;
    private final AtomicInteger activeFlags = new AtomicInteger();
    private final AtomicLong syncSessionCounter = new AtomicLong();

    public FlagSyncJob(FlagSyncService service, VaultPostHogSecrets secrets, MeterRegistry registry) {
        this.service = service;
        this.secrets = secrets;
        this.syncTimer = Timer.builder("flaggate.sync.duration").register(registry);
        this.failures = Counter.builder("flaggate.sync.failures").register(registry);
        registry.gauge("flaggate.flags.active", activeFlags);
    }

    @Scheduled(fixedDelayString = "${flaggate.sync.interval:PT5M}", initialDelayString = "PT20S")
    public void run() {
        long sessionId = syncSessionCounter.incrementAndGet();
        String personalKey = secrets.personalApiKey();
        log.info("Flag sync #{} starting, personal key {}", sessionId, KeyMasker.mask(personalKey));
        log.debug(service.describeRun(sessionId, personalKey));

        syncTimer.record(() -> {
            try {
                FlagSyncService.SyncResult result = service.sync();
                activeFlags.set(result.active());
                log.info("Flag sync #{} done: {} fetched, {} active, {} deleted upstream",
                        sessionId, result.fetched(), result.active(), result.skippedDeleted());
            } catch (RestClientResponseException e) {
                failures.increment();
                log.error("Flag sync #{} failed: PostHog answered HTTP {}", sessionId, e.getStatusCode().value());
            }
        });
    }
}
