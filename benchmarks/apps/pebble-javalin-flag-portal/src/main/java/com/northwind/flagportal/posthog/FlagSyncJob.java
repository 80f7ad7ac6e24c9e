package com.northwind.flagportal.posthog;

import com.northwind.flagportal.config.PortalConfig;
import com.northwind.flagportal.db.PortalDao;
import com.northwind.flagportal.model.FlagView;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every five minutes compares the portal's view of each flag with what PostHog evaluates
 * and records drift.
 */
public final class FlagSyncJob implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);
    private static final String SYNC_DISTINCT_ID = "flag-portal-sync";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "flag-sync");
        t.setDaemon(true);
        return t;
    });
    private final PortalDao dao;
    private final PostHogInterface evaluator;
    private final PostHogInterface audit;

    public FlagSyncJob(PortalConfig config, PortalDao dao, PostHogClientFactory factory) {
        this.dao = dao;
        // FP-212: keep SDK debug output until we understand the drift reports from staging
        PostHogConfig syncConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(config.flagsSecureKey())
                .pollIntervalSeconds(60)
                .debug(true)
                .build();
        this.evaluator = PostHog.with(syncConfig);
        this.audit = factory.createAuditClient();
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::reconcile, 1, 5, TimeUnit.MINUTES);
        log.info("Flag sync scheduled every 5 minutes");
    }

    void reconcile() {
        int drifted = 0;
        try {
            for (FlagView flag : dao.listFlags()) {
                boolean remote = evaluator.isFeatureEnabled(SYNC_DISTINCT_ID, flag.key(), false);
                if (remote != flag.enabled()) {
                    drifted++;
                    dao.recordDrift(flag.key(), flag.enabled(), remote);
                    audit.capture(SYNC_DISTINCT_ID, "flag_drift_detected", Map.of("flag", flag.key(), "portal", flag.enabled(), "posthog", remote));
                    log.warn("Flag {} drifted: portal={} posthog={}", flag.key(), flag.enabled(), remote);
                }
            }
            log.info("Flag sync finished, {} drifted", drifted);
        } catch (RuntimeException e) {
            log.error("Flag sync failed", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        evaluator.close();
        audit.close();
    }
}
