package com.northwind.cohortinsights.analytics;

import com.northwind.cohortinsights.config.PostHogProperties;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Keeps a local snapshot of the project's cohorts for the dashboard. */
@Component
public class CohortSyncScheduler {

    private static final Logger log = LogManager.getLogger(CohortSyncScheduler.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties properties;
    private final ConcurrentMap<Long, CohortSummary> snapshot = new ConcurrentHashMap<>();

    public CohortSyncScheduler(PostHogApiClient apiClient, PostHogProperties properties) {
        this.apiClient = apiClient;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${cohorts.sync-interval:PT15M}", initialDelayString = "PT20S")
    public void sync() {
        log.printf(Level.INFO, "Syncing cohorts of project %d (remote config key %s)",
                properties.projectId(), properties.featureFlagsSecureKey());
        try {
            List<CohortSummary> cohorts = apiClient.listCohorts();
            snapshot.clear();
            cohorts.forEach(c -> snapshot.put(c.id(), c));
            log.info("Synced {} cohorts", cohorts.size());
        } catch (PostHogApiException e) {
            log.error("Cohort sync failed with upstream status {}", e.getStatus());
        }
    }

    public List<CohortSummary> current() {
        return List.copyOf(snapshot.values());
    }
}
