package com.northwind.flagsync.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.service.FlagSyncService;
import com.northwind.flagsync.service.FlagSyncService.SyncResult;
import com.northwind.flagsync.service.RateBudget;
import com.northwind.flagsync.support.Errors.UpstreamException;
import com.northwind.flagsync.support.KeyMasker;
import com.posthog.server.PostHogInterface;

@Component
public class FlagPollJob {

    private static final Logger log = LoggerFactory.getLogger(FlagPollJob.class);

    private final FlagSyncService syncService;
    private final RateBudget budget;
    private final PostHogProperties props;
    private final PostHogInterface postHog;

    public FlagPollJob(FlagSyncService syncService, RateBudget budget, PostHogProperties props,
                       PostHogInterface postHog) {
        this.syncService = syncService;
        this.budget = budget;
        this.props = props;
        this.postHog = postHog;
    }

    @Scheduled(fixedDelayString = "${posthog.poll-interval}", initialDelayString = "PT10S")
    public void poll() {
        if (!postHog.isFeatureEnabled("flag-sync-worker", "flag-sync-enabled", true)) {
            log.info("flag-sync-enabled is off, skipping scheduled sync");
            return;
        }
        try {
            budget.acquire("scheduled-sync");
        } catch (UpstreamException e) {
            log.warn("Skipping scheduled sync: {}", e.getMessage());
            return;
        }
        SyncResult result = syncService.syncAll("scheduled");
        postHog.capture("flag-sync-worker", "flag_sync_completed");
        log.debug("Scheduled sync result {}", result);
    }

    @Scheduled(cron = "0 15 3 * * *", zone = "UTC")
    public void credentialReport() {
        String key = props.personalApiKey();
        if (key == null) {
            log.warn("No personal API key configured; the admin API calls will fail");
            return;
        }
        log.info("Credential report: personal key {} (fingerprint {}, {} chars, mode {})",
                KeyMasker.mask(key), KeyMasker.sha256Fingerprint(key), key.length(), props.keyMode());
    }
}
