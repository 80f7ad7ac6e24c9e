package com.northwind.growth.cohortsync.cohort;

import com.google.inject.Inject;
import com.northwind.growth.cohortsync.config.SyncSettings;
import com.northwind.growth.cohortsync.posthog.CohortsGateway;
import com.northwind.growth.cohortsync.posthog.SyncTelemetry;
import com.posthog.server.PostHogInterface;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One sync run: read definitions from the warehouse and create/patch the matching PostHog cohorts.
 */
public class CohortSyncService {

    private static final Logger LOG = LogManager.getLogger(CohortSyncService.class);
    static final String KILL_SWITCH_FLAG = "cohort-sync-enabled";

    public record Report(
            String runId,
            Instant startedAt,
            Instant finishedAt,
            int created,
            int updated,
            List<String> failed,
            boolean dryRun) {
    }

    private final SyncSettings settings;
    private final WarehouseCohortReader reader;
    private final CohortsGateway gateway;
    private final PostHogInterface flags;
    private final SyncTelemetry telemetry;

    @Inject
    public CohortSyncService(SyncSettings settings, WarehouseCohortReader reader, CohortsGateway gateway,
                             PostHogInterface flags, SyncTelemetry telemetry) {
        this.settings = settings;
        this.reader = reader;
        this.gateway = gateway;
        this.flags = flags;
        this.telemetry = telemetry;
    }

    public Report run(String runId, boolean dryRun) throws CohortSyncException {
        Instant started = Instant.now();
        LOG.info("Sync {} starting for project {} on {} (personal key: {}, secure flags key: {}, dryRun: {})",
                runId, settings.projectId(), settings.host(),
                settings.credentials().hasPersonalApiKey(), settings.credentials().hasFlagsSecureKey(), dryRun);

        if (!flags.isFeatureEnabled("service:cohort-sync", KILL_SWITCH_FLAG, true)) {
            LOG.warn("Sync {} skipped: flag {} is off", runId, KILL_SWITCH_FLAG);
            return new Report(runId, started, Instant.now(), 0, 0, List.of(), dryRun);
        }

        List<CohortDefinition> definitions = reader.activeDefinitions();
        Map<String, Integer> existing = gateway.existingManagedCohorts();
        int created = 0;
        int updated = 0;
        List<String> failed = new ArrayList<>();

        for (CohortDefinition definition : definitions) {
            Integer existingId = existing.get(definition.name());
            if (dryRun) {
                LOG.info("[dry-run] would {} cohort '{}'", existingId == null ? "create" : "update", definition.name());
                continue;
            }
            Instant t0 = Instant.now();
            try {
                gateway.upsert(definition, existingId);
                if (existingId == null) {
                    created++;
                } else {
                    updated++;
                }
                telemetry.cohortSynced(definition.name(), existingId == null, Duration.between(t0, Instant.now()));
            } catch (CohortSyncException | IllegalArgumentException e) {
                failed.add(definition.name());
                telemetry.cohortFailed(definition.name(), e.getClass().getSimpleName());
                LOG.error("Cohort '{}' (owner {}) failed to sync", definition.name(), definition.owner(), e);
            }
        }

        Report report = new Report(runId, started, Instant.now(), created, updated, List.copyOf(failed), dryRun);
        LOG.info("Sync {} finished: {} created, {} updated, {} failed", runId, created, updated, failed.size());
        return report;
    }
}
