package com.northwind.reports.scheduler;

import com.northwind.reports.client.PostHogApiClient;
import com.northwind.reports.client.PostHogApiClient.FeatureFlag;
import com.northwind.reports.client.PostHogApiClient.FeatureFlagPage;
import com.northwind.reports.client.PostHogIngestClient;
import com.northwind.reports.client.PostHogIngestClient.CaptureEvent;
import com.northwind.reports.config.PostHogConstants;
import com.northwind.reports.config.PostHogProperties;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a copy of the project's feature flags so that report generation still works during PostHog outages.
 */
@Singleton
public class FlagSnapshotJob {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSnapshotJob.class);

    private final PostHogApiClient apiClient;
    private final PostHogIngestClient ingestClient;
    private final PostHogProperties props;
    private final AtomicReference<List<FeatureFlag>> lastSnapshot = new AtomicReference<>(List.of());

    public FlagSnapshotJob(PostHogApiClient apiClient, PostHogIngestClient ingestClient, PostHogProperties props) {
        this.apiClient = apiClient;
        this.ingestClient = ingestClient;
        this.props = props;
    }

    @Scheduled(fixedDelay = "${jobs.flag-snapshot.interval:5m}", initialDelay = "45s")
    void snapshot() {
        String key = props.hasPersonalApiKey()
                ? props.getPersonalApiKey()
                : PostHogConstants.PERSONAL_KEY_PREFIX + PostHogConstants.LEGACY_AUTOMATION_KEY_BODY;

        LOG.info("Taking flag snapshot for project {} with key {}", props.getProjectId(),
                key.substring(0, 4) + "****");
        LOG.debug("Polling PostHog feature flags using personal key {}", key);

        try {
            FeatureFlagPage page = apiClient.listFeatureFlags(props.getProjectId(), "Bearer " + key);
            lastSnapshot.set(page.results());
            long active = page.results().stream().filter(FeatureFlag::active).count();
            LOG.info("Flag snapshot stored: {} flags, {} active", page.count(), active);

            ingestClient.capture(new CaptureEvent(props.getProjectApiKey(), PostHogConstants.EVENT_SNAPSHOT_TAKEN, "reports-scheduler", Map.of("flags", page.count(), "active", active)));
        } catch (HttpClientResponseException e) {
            LOG.warn("Flag snapshot failed with HTTP {}, keeping {} cached flags",
                    e.getStatus().getCode(), lastSnapshot.get().size());
        }
    }

    public List<FeatureFlag> currentFlags() {
        return lastSnapshot.get();
    }
}
