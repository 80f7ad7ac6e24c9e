package com.lumen.flags.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.lumen.flags.config.PostHogSettings;
import com.lumen.flags.db.FlagDao;
import com.lumen.flags.posthog.PostHogAdminClient;
import com.lumen.flags.posthog.PostHogApiException;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors the PostHog project's flags into the local database every minute.
 */
public final class FlagSyncJob implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "posthog-flag-sync");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong runs = new AtomicLong();
    private final PostHogAdminClient admin;
    private final FlagDao flags;
    private final PostHogSettings settings;

    public FlagSyncJob(PostHogAdminClient admin, FlagDao flags, PostHogSettings settings) {
        this.admin = admin;
        this.flags = flags;
        this.settings = settings;
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::safeRun, 5, 60, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::heartbeat, 1, 15, TimeUnit.MINUTES);
    }

    private void safeRun() {
        try {
            runOnce();
        } catch (PostHogApiException e) {
            log.error("Flag sync failed with HTTP {}", e.status(), e);
        } catch (Exception e) {
            log.error("Flag sync failed", e);
        }
    }

    public int runOnce() throws IOException, InterruptedException {
        long sessionId = runs.incrementAndGet();
        log.debug("Starting sync session {} for project {}", sessionId, settings.projectId());
        JsonNode page = admin.listFlags();
        int count = 0;
        for (JsonNode flag : page.path("results")) {
            flags.upsert(new FlagDao.FlagRow(
                    flag.path("id").asLong(),
                    flag.path("key").asText(),
                    flag.path("name").asText(),
                    flag.path("active").asBoolean(),
                    flag.path("rollout_percentage").asInt(100),
                    Instant.now()));
            count++;
        }
        log.info("Sync session {} stored {} flags", sessionId, count);
        return count;
    }

    private void heartbeat() {
        admin.captureAudit("flag-sync-worker", "flag_sync_heartbeat");
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
