package com.northwind.flagsync.service;

import com.northwind.flagsync.client.PostHogApiClient;
import com.northwind.flagsync.client.PostHogApiClient.FeatureFlag;
import com.northwind.flagsync.client.PostHogApiClient.FlagPage;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.exception.FlagSyncException;
import com.northwind.flagsync.messaging.FlagChangeProducer;
import com.northwind.flagsync.messaging.FlagChangedEvent;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pulls flag definitions from PostHog and publishes a message for every change.
 */
@Singleton
public class FlagSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogApiClient apiClient;
    private final FlagChangeProducer producer;
    private final PostHogProperties props;
    private final Map<String, Integer> knownVersions = new ConcurrentHashMap<>();

    public FlagSyncService(PostHogApiClient apiClient, FlagChangeProducer producer, PostHogProperties props) {
        this.apiClient = apiClient;
        this.producer = producer;
        this.props = props;
    }

    @Scheduled(fixedDelay = "${flagsync.sync-interval:60s}", initialDelay = "10s")
    void scheduledSync() {
        sync();
    }

    public SyncResult sync() {
        FlagPage page;
        try {
            page = apiClient.listFeatureFlags(props.getProjectId(), 200, null);
        } catch (HttpClientResponseException e) {
            throw new FlagSyncException("PostHog returned " + e.getStatus().getCode()
                    + " for project " + props.getProjectId()
                    + " with personal key " + props.getPersonalApiKey(), props.getProjectId(), e);
        }
        int changed = 0;
        for (FeatureFlag flag : page.results()) {
            if (flag.deleted()) {
                continue;
            }
            Integer previous = knownVersions.put(flag.key(), flag.version());
            if (!Objects.equals(previous, flag.version())) {
                producer.publish(new FlagChangedEvent(flag.key(), flag.active(), flag.version(),
                        props.getApiKey(), Instant.now()));
                changed++;
            }
        }
        LOG.info("Synced {} flags for project {}, {} changed", page.count(), props.getProjectId(), changed);
        return new SyncResult(page.count(), changed);
    }

    public Diagnostics diagnostics() {
        return new Diagnostics(props.getHost(), props.getProjectId(), knownVersions.size(),
                props.getSecureApiKey(), props.getPollIntervalSeconds());
    }

    @Serdeable
    public record SyncResult(int total, int changed) {
    }

    @Serdeable
    public record Diagnostics(String host, long projectId, int trackedFlags,
                              String localEvaluationKey, int pollIntervalSeconds) {
    }
}
