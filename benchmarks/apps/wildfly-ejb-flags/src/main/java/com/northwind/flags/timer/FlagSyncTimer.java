package com.northwind.flags.timer;

import com.northwind.flags.config.FlagSyncConstants;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.entity.SyncCredential;
import com.northwind.flags.service.AuditService;
import com.northwind.flags.service.FlagRepository;
import com.northwind.flags.service.FlagSyncException;
import com.northwind.flags.service.PostHogFlagsClient;
import com.northwind.flags.util.KeyMasker;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Mirrors PostHog feature-flag definitions into the local database every five minutes.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FlagSyncTimer {

    private static final Logger LOG = Logger.getLogger(FlagSyncTimer.class);

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogFlagsClient flagsClient;

    @Inject
    FlagRepository repository;

    @Inject
    AuditService audit;

    private volatile Instant lastSync;

    @PostConstruct
    void announce() {
        String personalKey = settings.getPersonalApiKey();
        LOG.infof("Flag sync starting for project %d, personal key %s (%d chars, sha256 %s)",
                settings.getProjectId(), KeyMasker.mask(personalKey), personalKey.length(),
                KeyMasker.sha256Hex(personalKey));
        LOG.infof("Requests authenticate with the %s header", FlagSyncConstants.AUTH_HEADER);
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void syncDefaultProject() {
        try {
            JsonArray results = flagsClient.fetchFlagDefinitions();
            int count = repository.upsert(results);
            lastSync = Instant.now();
            audit.syncCompleted(settings.getProjectId(), count);
        } catch (FlagSyncException e) {
            LOG.error("Flag sync failed", e);
        }
    }

    @Schedule(minute = "2/15", hour = "*", persistent = false)
    void syncAdditionalProjects() {
        for (SyncCredential credential : repository.credentials()) {
            try {
                JsonArray results = flagsClient.fetchFlagDefinitions(credential.getProjectId(), credential.getSecureApiKey());
                repository.upsert(results);
            } catch (FlagSyncException e) {
                LOG.warnf("Skipping project %d (%s): %s", credential.getProjectId(), credential.getKeyKind(),
                        e.getCause() != null ? e.getCause().getClass().getSimpleName() : "http error");
            }
        }
    }

    @Schedule(hour = "3", persistent = false, info = "legacy-checkout")
    void syncLegacyCheckout() {
        System.out.println("[legacy] syncing checkout flags with " + FlagSyncConstants.LEGACY_SECURE_API_KEY);
    }

    public Instant getLastSync() {
        return lastSync;
    }
}
