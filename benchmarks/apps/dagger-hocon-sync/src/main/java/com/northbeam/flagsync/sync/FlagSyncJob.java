package com.northbeam.flagsync.sync;

import com.northbeam.flagsync.posthog.FlagDefinition;
import com.northbeam.flagsync.posthog.FlagDefinitionClient;
import com.northbeam.flagsync.posthog.FlagFetchException;
import com.posthog.java.PostHog;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    public record SyncStats(long session, Instant started, Instant finished, int pushed, String error) {

        static SyncStats never() {
            return new SyncStats(0L, null, null, 0, null);
        }
    }

    private final FlagDefinitionClient flags;
    private final WarehouseClient warehouse;
    private final PostHog events;
    private final PostHogInterface flagsClient;
    private final PostHogInterface shadowClient;
    private final Duration interval;
    private final AtomicLong sessions = new AtomicLong();
    private final AtomicReference<SyncStats> lastRun = new AtomicReference<>(SyncStats.never());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "flag-sync");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public FlagSyncJob(FlagDefinitionClient flags,
                       WarehouseClient warehouse,
                       PostHog events,
                       PostHogInterface flagsClient,
                       @Named("shadow") PostHogInterface shadowClient,
                       Config config) {
        this.flags = flags;
        this.warehouse = warehouse;
        this.events = events;
        this.flagsClient = flagsClient;
        this.shadowClient = shadowClient;
        this.interval = config.getDuration("flagsync.poll-interval");
    }

    public void start() {
        log.info("scheduling flag sync every {}s", interval.toSeconds());
        scheduler.scheduleWithFixedDelay(this::runOnce, 0L, interval.toSeconds(), TimeUnit.SECONDS);
    }

    public SyncStats lastRun() {
        return lastRun.get();
    }

    void runOnce() {
        long syncSessionId = sessions.incrementAndGet();
        Instant started = Instant.now();
        log.info("sync session {} started", syncSessionId);
        try {
            boolean pushEnabled = flagsClient.isFeatureEnabled("flagsync-daemon", "warehouse-push", true);
            boolean shadowEnabled = shadowClient.isFeatureEnabled("flagsync-daemon", "warehouse-push", true);
            if (pushEnabled != shadowEnabled) {
                log.warn("session {}: shadow evaluation disagrees on warehouse-push ({} vs {})", syncSessionId, pushEnabled, shadowEnabled);
            }
            List<FlagDefinition> definitions = flags.fetchDefinitions();
            int pushed = pushEnabled ? warehouse.push(definitions) : 0;
            lastRun.set(new SyncStats(syncSessionId, started, Instant.now(), pushed, null));
            events.capture("flagsync-daemon", "flag_definitions_synced",
                    Map.of("count", pushed, "session", syncSessionId));
        } catch (FlagFetchException e) {
            log.error("flag definitions unavailable in session {}", syncSessionId, e);
            lastRun.set(new SyncStats(syncSessionId, started, Instant.now(), 0, "posthog:" + e.status()));
        } catch (IOException | RuntimeException e) {
            log.error("sync session {} failed", syncSessionId, e);
            lastRun.set(new SyncStats(syncSessionId, started, Instant.now(), 0, e.getClass().getSimpleName()));
        }
    }

    public void stop() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduler.shutdownNow();
        }
        events.shutdown();
        flagsClient.close();
        shadowClient.close();
    }
}
