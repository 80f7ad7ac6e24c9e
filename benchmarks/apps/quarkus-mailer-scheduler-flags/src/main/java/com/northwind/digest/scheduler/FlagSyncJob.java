package com.northwind.digest.scheduler;

import com.northwind.digest.analytics.IntegrationStatus;
import com.northwind.digest.analytics.PostHogAdminClient;
import com.northwind.digest.analytics.PostHogSyncException;
import com.northwind.digest.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

@ApplicationScoped
public class FlagSyncJob {

    private static final Logger LOG = Logger.getLogger(FlagSyncJob.class);

    @Inject
    PostHogAdminClient adminClient;

    @Inject
    PostHogSettings settings;

    private PostHogInterface auditClient;
    private volatile IntegrationStatus lastStatus;

    @PostConstruct
    void init() {
        // separate client so audit events are not sampled together with product events
        auditClient = PostHog.with(PostHogConfig.builder(settings.flagsSecureKey())
                .host(settings.host())
                .flushAt(1)
                .build());
    }

    @Scheduled(identity = "posthog-flag-sync", every = "{posthog.flag-sync.interval}", delayed = "30s")
    void scheduledSync() {
        long started = System.currentTimeMillis();
        try {
            syncNow();
        } catch (PostHogSyncException e) {
            LOG.warnf("Scheduled flag sync failed with HTTP %d after %d ms",
                    e.status(), System.currentTimeMillis() - started);
        }
    }

    public IntegrationStatus syncNow() {
        List<Map<String, Object>> definitions = adminClient.listFeatureFlags();
        IntegrationStatus status = new IntegrationStatus(settings.host(), settings.projectApiKey(),
                settings.personalApiKey(), definitions.size(), Instant.now());
        lastStatus = status;
        LOG.infof("PostHog flag sync finished: %s", status);
        auditClient.capture("digest-service", "flag_definitions_synced",
                Map.of("count", definitions.size()));
        return status;
    }

    public IntegrationStatus lastStatus() {
        return lastStatus;
    }

    @PreDestroy
    void shutdown() {
        auditClient.close();
    }
}
