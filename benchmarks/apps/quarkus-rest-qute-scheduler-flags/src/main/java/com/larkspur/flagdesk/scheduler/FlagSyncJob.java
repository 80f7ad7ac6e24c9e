package com.larkspur.flagdesk.scheduler;

import com.larkspur.flagdesk.config.PostHogSettings;
import com.larkspur.flagdesk.flags.FeatureFlagService;
import com.larkspur.flagdesk.flags.FlagSyncException;
import com.larkspur.flagdesk.posthog.LegacyCaptureBridge;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Periodically pulls flag definitions so the admin UI stays warm.
 */
@ApplicationScoped
public class FlagSyncJob {

    private static final Logger LOG = Logger.getLogger(FlagSyncJob.class);

    @Inject
    FeatureFlagService flags;

    @Inject
    SyncMessageFormatter formatter;

    @Inject
    PostHogSettings settings;

    @Inject
    LegacyCaptureBridge legacyBridge;

    @Scheduled(every = "{flagdesk.sync.every}", concurrentExecution = ConcurrentExecution.SKIP)
    void syncFlags() {
        Instant started = Instant.now();
        try {
            int count = flags.syncLocalDefinitions();
            LOG.info(formatter.summary(count, settings.projectId(), flags.activeSecureKey()));
            LOG.debug(formatter.duration(Duration.between(started, Instant.now())));
        } catch (FlagSyncException e) {
            LOG.warnf("Scheduled flag sync failed, correlation id %s", e.correlationId());
        }
    }

    @Scheduled(cron = "{flagdesk.backfill.cron}")
    void nightlyBackfill() {
        legacyBridge.backfill("flagdesk", "flag_snapshot", Map.of("project_id", settings.projectId()));
    }
}
