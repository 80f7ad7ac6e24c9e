package com.northwind.flags.service;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import com.northwind.flags.client.PostHogApiClient;
import com.northwind.flags.client.PostHogApiException;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties properties;
    private final AtomicReference<FlagSnapshot> snapshot = new AtomicReference<>(FlagSnapshot.empty());
    private volatile int consecutiveFailures;

    public FlagSyncService(PostHogApiClient apiClient, PostHogProperties properties) {
        this.apiClient = apiClient;
        this.properties = properties;
    }

    @Scheduled(cron = "${flags.sync.cron}")
    public void sync() {
        try {
            FlagSnapshot fresh = new FlagSnapshot(Instant.now(), apiClient.listFlags());
            snapshot.set(fresh);
            consecutiveFailures = 0;
            log.info("Synced {} flags ({} active) from project {}", fresh.flags().size(),
                    fresh.activeCount(), properties.projectId());
        } catch (PostHogApiException e) {
            consecutiveFailures++;
            log.error("Flag sync failed (attempt {}): {}", consecutiveFailures, e.getMessage());
            if (e.getStatus() == 401) {
                log.warn("Check the personal API key in Vault, current value {}",
                        KeyMasker.mask(properties.personalApiKey()));
            }
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void reportKeyHealth() {
        if (consecutiveFailures > 3) {
            log.warn("Local evaluation failing for {} cycles, polling with {}", consecutiveFailures, properties.localEvaluationKey());
        }
    }

    public FlagSnapshot current() {
        return snapshot.get();
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }
}
