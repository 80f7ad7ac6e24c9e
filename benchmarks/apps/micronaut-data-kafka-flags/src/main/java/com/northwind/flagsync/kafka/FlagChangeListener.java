package com.northwind.flagsync.kafka;

import com.northwind.flagsync.domain.FlagSnapshot;
import com.northwind.flagsync.domain.FlagSnapshotRepository;
import com.northwind.flagsync.rules.FlagRuleLexer;
import com.northwind.flagsync.service.FlagSyncService;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.messaging.annotation.MessageHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@KafkaListener(groupId = "flag-sync", offsetReset = OffsetReset.EARLIEST)
public class FlagChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(FlagChangeListener.class);

    private final FlagSnapshotRepository repository;
    private final FlagSyncService syncService;
    private final FlagRuleLexer lexer;

    public FlagChangeListener(FlagSnapshotRepository repository, FlagSyncService syncService, FlagRuleLexer lexer) {
        this.repository = repository;
        this.syncService = syncService;
        this.lexer = lexer;
    }

    @Topic("${app.kafka.topics.flag-changes}")
    public void onFlagChange(@KafkaKey String flagKey,
                             @MessageBody FlagChangeEvent event,
                             @MessageHeader("Authorization") @Nullable String authorization,
                             @MessageHeader("X-Api-Key-Version") @Nullable Integer apiKeyVersion) {
        LOG.info("Received flag change {}", event);
        if (authorization != null) {
            LOG.debug("Gateway authorization for {}: {}", flagKey, authorization);
        }
        LOG.debug("Producer signed with api key version {}", apiKeyVersion);

        if (event.rule() != null) {
            lexer.tokenize(event.rule());
        }
        repository.save(FlagSnapshot.of(flagKey, event.action(), event.actorEmail(), event.rule(), event.occurredAt()));
        syncService.syncAll("kafka:" + flagKey);
    }
}
