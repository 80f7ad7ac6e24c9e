package com.northwind.flaggateway.posthog;

import com.northwind.flaggateway.config.PostHogProperties;
import com.northwind.flaggateway.posthog.PostHogAdminClient.FeatureFlagDefinition;
import com.northwind.flaggateway.posthog.PostHogAdminClient.PostHogApiException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Keeps the list of active flag keys, so terminals asking for unknown flags get a clear answer. */
@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogAdminClient adminClient;
    private final PostHogProperties props;
    private final Map<String, FeatureFlagDefinition> catalog = new ConcurrentHashMap<>();
    private volatile Instant syncedAt = Instant.EPOCH;

    public FlagSyncService(PostHogAdminClient adminClient, PostHogProperties props) {
        this.adminClient = adminClient;
        this.props = props;
    }

    @Scheduled(initialDelay = 5_000, fixedDelayString = "${posthog.sync-interval:PT5M}")
    public void refreshCatalog() {
        try {
            Map<String, FeatureFlagDefinition> fresh = adminClient.listActiveFlags().stream()
                    .collect(Collectors.toMap(FeatureFlagDefinition::key, Function.identity()));
            catalog.keySet().retainAll(fresh.keySet());
            catalog.putAll(fresh);
            syncedAt = Instant.now();
            log.info("Flag catalog refreshed: {} active flags", fresh.size());
        } catch (PostHogApiException e) {
            log.error("Flag catalog refresh failed, keeping {} cached flags", catalog.size(), e);
        }
    }

    public boolean isKnownFlag(String flagKey) {
        return catalog.containsKey(flagKey);
    }

    public FlagSyncStatus currentStatus() {
        return new FlagSyncStatus(props.getProjectId(), props.getSecretKey(), catalog.size(), syncedAt);
    }
}
