package io.tidewell.beacon.flags;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tidewell.beacon.config.PostHogProperties;
import io.tidewell.beacon.flags.FlagDefinitionClient.FlagSyncException;
import io.tidewell.beacon.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

@Service
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);
    private static final String LATEST = "latest";

    private final FlagDefinitionClient definitionClient;
    private final SimpMessagingTemplate messagingTemplate;
    private final PostHogProperties props;
    private final String broadcastTopic;
    private final AtomicLong version = new AtomicLong();
    private final Cache<String, FlagSnapshot> snapshots = Caffeine.newBuilder()
            .maximumSize(16)
            .expireAfterWrite(Duration.ofMinutes(10))
            .recordStats()
            .build();

    public FlagSyncJob(FlagDefinitionClient definitionClient,
                       SimpMessagingTemplate messagingTemplate,
                       PostHogProperties props,
                       @Value("${beacon.flags.broadcast-topic}") String broadcastTopic) {
        this.definitionClient = definitionClient;
        this.messagingTemplate = messagingTemplate;
        this.props = props;
        this.broadcastTopic = broadcastTopic;
    }

    @Scheduled(cron = "${beacon.flags.sync-cron}")
    public void scheduledSync() {
        MDC.put("requestId", "flag-sync-" + version.get());
        try {
            log.debug("Flag sync with key fingerprint {}", KeyMasker.sha256Hex(props.localEvaluationKey()));
            syncNow();
        } catch (FlagSyncException e) {
            log.warn("Scheduled flag sync failed with HTTP {}", e.status());
        } finally {
            MDC.remove("requestId");
        }
    }

    /** Also triggered by operators from the admin API. */
    public FlagSnapshot syncNow() {
        Map<String, Boolean> flags = definitionClient.fetchActiveFlags();
        FlagSnapshot previous = snapshots.getIfPresent(LATEST);
        FlagSnapshot next = new FlagSnapshot(flags, version.incrementAndGet(), Instant.now());
        snapshots.put(LATEST, next);
        if (next.differsFrom(previous)) {
            log.info("Flag state changed ({} flags), broadcasting v{}", flags.size(), next.version());
            messagingTemplate.convertAndSend(broadcastTopic, next);
        }
        return next;
    }

    public FlagSnapshot latestSnapshot() {
        FlagSnapshot snapshot = snapshots.getIfPresent(LATEST);
        return snapshot != null ? snapshot : FlagSnapshot.empty();
    }

    public double cacheHitRate() {
        return snapshots.stats().hitRate();
    }
}
