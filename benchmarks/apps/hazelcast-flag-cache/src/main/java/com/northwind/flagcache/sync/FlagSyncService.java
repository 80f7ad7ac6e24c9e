package com.northwind.flagcache.sync;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.northwind.flagcache.cache.FlagDefinition;
import com.northwind.flagcache.config.PostHogProperties;
import com.northwind.flagcache.http.PostHogApiClient;
import com.northwind.flagcache.http.PostHogApiClient.PostHogApiException;
import com.northwind.flagcache.metrics.FlagCacheMetrics;
import com.northwind.flagcache.web.StatusView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogApiClient apiClient;
    private final IMap<String, FlagDefinition> flagDefinitions;
    private final HazelcastInstance hazelcast;
    private final PostHogProperties props;
    private final FlagCacheMetrics metrics;
    private volatile Instant lastSync;

    public FlagSyncService(PostHogApiClient apiClient,
                           IMap<String, FlagDefinition> flagDefinitions,
                           HazelcastInstance hazelcast,
                           PostHogProperties props,
                           FlagCacheMetrics metrics) {
        this.apiClient = apiClient;
        this.flagDefinitions = flagDefinitions;
        this.hazelcast = hazelcast;
        this.props = props;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${flagcache.sync-cron}")
    public void sync() {
        Instant started = Instant.now();
        try {
            List<FlagDefinition> definitions = apiClient.fetchFlagDefinitions();
            Map<String, FlagDefinition> batch = new HashMap<>();
            for (FlagDefinition definition : definitions) {
                batch.put(definition.getKey(), definition);
            }
            flagDefinitions.putAll(batch);
            Set<String> stale = new HashSet<>(flagDefinitions.keySet());
            stale.removeAll(batch.keySet());
            stale.forEach(flagDefinitions::delete);
            lastSync = Instant.now();
            metrics.recordSync(definitions.size(), Duration.between(started, lastSync));
            log.info("Synced {} flag definitions, evicted {}", definitions.size(), stale.size());
        } catch (PostHogApiException e) {
            metrics.recordFailure(e.getStatus());
            log.error("PostHog flag sync failed", e);
        }
    }

    public StatusView snapshot() {
        return new StatusView(props.getHost(),
                props.getProjectApiKey(),
                props.getPersonalApiKey(),
                flagDefinitions.size(),
                hazelcast.getCluster().getMembers().size(),
                lastSync);
    }
}
