package com.northwind.flagdesk.jobs;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.posthog.FeatureFlag;
import com.northwind.flagdesk.posthog.PostHogApiClient;
import com.northwind.flagdesk.posthog.PostHogApiException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps an in-memory copy of the project's feature flags so the dashboard never waits on PostHog. */
@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties props;
    private final AtomicReference<List<FeatureFlag>> flags = new AtomicReference<>(List.of());
    private volatile Instant lastSync;

    public FlagSyncJob(PostHogApiClient apiClient, PostHogProperties props) {
        this.apiClient = apiClient;
        this.props = props;
    }

    @Scheduled(fixedDelayString = "${flagdesk.sync.interval:PT5M}", initialDelayString = "PT10S")
    public void syncFlags() {
        log.info("Syncing feature flags using {}", props);
        try {
            List<FeatureFlag> fetched = apiClient.listFeatureFlags();
            flags.set(List.copyOf(fetched));
            lastSync = Instant.now();
            long active = fetched.stream().filter(FeatureFlag::active).count();
            log.info("Synced {} feature flags ({} active) for project {}", fetched.size(), active, props.getProjectId());
        } catch (PostHogApiException e) {
            log.warn("Feature flag sync failed with HTTP {}; keeping {} cached flags", e.getStatus(), flags.get().size());
        }
    }

    public List<FeatureFlag> currentFlags() {
        return flags.get();
    }

    public Instant lastSync() {
        return lastSync;
    }
}
