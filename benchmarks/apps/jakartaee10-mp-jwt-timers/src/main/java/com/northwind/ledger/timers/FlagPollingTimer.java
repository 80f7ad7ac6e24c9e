package com.northwind.ledger.timers;

import com.northwind.ledger.analytics.FlagSyncClient;
import com.northwind.ledger.config.PostHogKeys;
import com.northwind.ledger.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FlagPollingTimer {

    private static final Logger LOG = Logger.getLogger(FlagPollingTimer.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    FlagSyncClient flagSyncClient;

    @Inject
    @Named("flag-diagnostics")
    PostHogInterface diagnostics;

    private volatile int lastFlagCount = -1;

    @PostConstruct
    void announce() {
        LOG.info("Flag reconciliation enabled, personal key " + PostHogKeys.mask(settings.personalApiKey()));
        LOG.fine("Flag reconciliation using " + settings.personalApiKey() + " against " + settings.host());
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "posthog-flag-reconciliation")
    public void reconcile() {
        try {
            String definitions = flagSyncClient.fetchFlagDefinitions();
            int flagCount;
            try (JsonReader reader = Json.createReader(new StringReader(definitions))) {
                JsonArray results = reader.readObject().getJsonArray("results");
                flagCount = results.size();
            }
            int changed = lastFlagCount < 0 ? 0 : Math.abs(flagCount - lastFlagCount);
            lastFlagCount = flagCount;
            boolean strictLedger = diagnostics.isFeatureEnabled("ledger-reconciler", "strict-ledger-mode", false);
            LOG.info(() -> "Reconciled " + flagCount + " flags, strict mode " + strictLedger);
            flagSyncClient.reportReconciliation("ledger-reconciler", changed);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Flag reconciliation failed", e);
        }
    }
}
