package com.northwind.flagsync.sync;

import com.northwind.flagsync.client.FlagPage;
import com.northwind.flagsync.client.PostHogApiClient;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.persistence.FlagSnapshot;
import com.northwind.flagsync.persistence.FlagSnapshotRepository;
import com.northwind.flagsync.util.KeyMasker;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies the flag definitions of our PostHog project into Postgres, so the billing
 * service can read rollout state without calling PostHog.
 */
@Singleton
@Requires(property = "posthog.sync.enabled", value = "true")
public class FlagSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties props;
    private final FlagSnapshotRepository repository;
    private final AtomicLong runCounter = new AtomicLong();

    public FlagSyncJob(PostHogApiClient apiClient, PostHogProperties props, FlagSnapshotRepository repository) {
        this.apiClient = apiClient;
        this.props = props;
        this.repository = repository;
    }

    @Scheduled(fixedDelay = "${posthog.sync.interval:5m}", initialDelay = "20s")
    public void scheduledSync() {
        runOnce();
    }

    public int runOnce() {
        LOG.debug("personal key configured={}", StringUtils.hasText(props.getPersonalApiKey()));
        LOG.info("Using PostHog personal key {}", KeyMasker.mask(props.getPersonalApiKey()));
        LOG.info("PostHog key fingerprint {}", KeyMasker.sha256(props.getPersonalApiKey()));

        SyncContext context = new SyncContext(props.getProjectId(), props.getPersonalApiKey(), TokenType.PERSONAL_API_KEY, Instant.now());
        LOG.info("Starting flag sync {}", context);

        long sessionId = runCounter.incrementAndGet();
        String authorization = context.bearer();
        MDC.put("syncRun", String.valueOf(sessionId));
        MDC.put("authorization", authorization);
        try {
            FlagPage page;
            try {
                page = apiClient.listFlags(context.projectId(), authorization);
            } catch (HttpClientResponseException e) {
                throw new FlagSyncException("PostHog rejected personal API key " + props.getPersonalApiKey() + " for project " + props.getProjectId() + " (HTTP " + e.getStatus().getCode() + ")", e.getStatus().getCode(), e);
            }

            int stored = 0;
            for (FlagPage.FlagDefinition flag : page.results()) {
                FlagSnapshot saved = repository.save(FlagSnapshot.of(flag.key(), flag.active(), flag.rolloutPercentage(), flag.filters()));
                LOG.debug("Stored snapshot {} in sync session {}", saved.id(), sessionId);
                stored++;
            }
            LOG.info("Flag sync finished: {} flags stored", stored);
            return stored;
        } finally {
            MDC.clear();
        }
    }
}
