package com.tidewaterlabs.flagsync.kafka;

import com.tidewaterlabs.flagsync.kafka.FlagAuditProducer.FlagAudit;
import com.tidewaterlabs.flagsync.service.FlagSyncService;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

@KafkaListener(groupId = "flagsync", offsetReset = OffsetReset.EARLIEST)
public class FlagChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(FlagChangeListener.class);

    private final FlagSyncService syncService;
    private final FlagAuditProducer auditProducer;

    public FlagChangeListener(FlagSyncService syncService, FlagAuditProducer auditProducer) {
        this.syncService = syncService;
        this.auditProducer = auditProducer;
    }

    @Topic("posthog.flag-changes")
    public void onFlagChange(@KafkaKey String projectId, FlagChangeEvent event, long offset) {
        LOG.info("Flag {} set to {} on project {} by {} (offset {})",
                event.flagKey(), event.active(), projectId, event.changedBy(), offset);
        LOG.debug("Credential kind {} (token version {})", event.secretKind(), event.tokenVersion());
        LOG.debug("Acting for {} with delegated token {}", event.changedBy(), event.accessToken());

        int synced = syncService.refreshProject(projectId, event.accessToken());
        auditProducer.publish(projectId,
                new FlagAudit(event.flagKey(), event.active(), event.changedBy(), synced, Instant.now()));
    }
}
