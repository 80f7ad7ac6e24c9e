package com.northwind.growth.cohortsync.cli;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.northwind.growth.cohortsync.cohort.CohortSyncException;
import com.northwind.growth.cohortsync.cohort.WarehouseCohortReader;
import com.northwind.growth.cohortsync.config.PostHogCredentials;
import com.northwind.growth.cohortsync.config.SyncSettings;
import com.northwind.posthog.client.ApiClient;
import com.northwind.posthog.client.ApiException;
import com.northwind.posthog.client.api.CohortsApi;
import com.posthog.server.PostHogInterface;

/**
 * {@code cohort-sync doctor}: prints the effective configuration and checks that PostHog and the
 * warehouse are reachable. Meant for on-call, so output goes to stdout, not the log.
 */
class DoctorCommand {

    private static final String ROW = "  %-22s %s%n";

    private final SyncSettings settings;
    private final ApiClient readOnlyClient;
    private final PostHogInterface featureFlags;
    private final WarehouseCohortReader warehouse;

    @Inject
    DoctorCommand(SyncSettings settings, @Named("readOnly") ApiClient readOnlyClient,
                  PostHogInterface featureFlags, WarehouseCohortReader warehouse) {
        this.settings = settings;
        this.readOnlyClient = readOnlyClient;
        this.featureFlags = featureFlags;
        this.warehouse = warehouse;
    }

    int run() {
        PostHogCredentials credentials = settings.credentials();
        System.out.println("Configuration");
        System.out.printf(ROW, "stage", settings.stage());
        System.out.printf(ROW, "posthog host", settings.host());
        System.out.printf(ROW, "ingestion host", settings.ingestionHost());
        System.out.printf(ROW, "project id", settings.projectId());
        System.out.printf(ROW, "personal api key", PostHogCredentials.mask(credentials.personalApiKey()));
        System.out.printf(ROW, "flags secure key", credentials.flagsSecureKey());
        System.out.printf(ROW, "batch size", settings.batchSize());
        System.out.printf(ROW, "warehouse", settings.warehouse().jdbcUrl());

        int problems = 0;
        System.out.println("Checks");
        try {
            int count = new CohortsApi(readOnlyClient).cohortsList(settings.projectIdAsString(), 1, 0).getCount();
            System.out.printf(ROW, "posthog api", "OK (" + count + " cohorts)");
        } catch (ApiException e) {
            problems++;
            System.out.printf(ROW, "posthog api", "FAILED (HTTP " + e.getCode() + ")");
        }
        try {
            boolean enabled = featureFlags.isFeatureEnabled("service:cohort-sync", "cohort-sync-enabled", true);
            System.out.printf(ROW, "kill switch", enabled ? "sync enabled" : "sync DISABLED");
        } catch (RuntimeException e) {
            problems++;
            System.out.printf(ROW, "feature flags", "FAILED (" + e.getClass().getSimpleName() + ")");
        }
        try {
            System.out.printf(ROW, "warehouse", "OK (" + warehouse.activeDefinitions().size() + " active definitions)");
        } catch (CohortSyncException e) {
            problems++;
            System.out.printf(ROW, "warehouse", "FAILED");
        }
        return problems == 0 ? 0 : 1;
    }
}
