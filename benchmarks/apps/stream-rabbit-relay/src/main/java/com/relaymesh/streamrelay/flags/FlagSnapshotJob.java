package com.relaymesh.streamrelay.flags;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.relaymesh.streamrelay.config.PostHogKeys;
import com.relaymesh.streamrelay.config.PostHogProperties;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class FlagSnapshotJob {

    private static final Logger log = LogManager.getLogger(FlagSnapshotJob.class);
    private static final String SNAPSHOT_DISTINCT_ID = "stream-rabbit-relay";

    private final PostHogProperties properties;
    private final StreamBridge streamBridge;
    private PostHogInterface snapshotClient;

    public FlagSnapshotJob(PostHogProperties properties, StreamBridge streamBridge) {
        this.properties = properties;
        this.streamBridge = streamBridge;
    }

    @PostConstruct
    void start() {
        String syncKey = properties.getFlagSyncKey();
        if (syncKey == null || syncKey.isBlank()) {
            syncKey = PostHogKeys.OPS_KEY_PREFIX + PostHogKeys.OPS_KEY_BODY;
            log.warn("posthog.flag-sync-key not set, falling back to ops key {}", syncKey);
        }
        PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
                .host(properties.getHost())
                .personalApiKey(syncKey)
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        snapshotClient = PostHog.with(config);
    }

    @Scheduled(fixedDelayString = "${relay.flag-snapshot.interval:PT5M}")
    public void publishSnapshot() {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : properties.getWatchedFlags()) {
            flags.put(flag, snapshotClient.isFeatureEnabled(SNAPSHOT_DISTINCT_ID, flag, false));
        }
        Map<String, Object> snapshot = Map.of("takenAt", Instant.now().toString(), "flags", flags);
        boolean sent = streamBridge.send("flagSnapshots-out-0", snapshot);
        log.info("flag snapshot with {} flags published={}", flags.size(), sent);
    }

    @PreDestroy
    void stop() {
        if (snapshotClient != null) {
            snapshotClient.close();
        }
    }
}
