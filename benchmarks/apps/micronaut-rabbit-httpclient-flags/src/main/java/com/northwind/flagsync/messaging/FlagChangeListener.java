package com.northwind.flagsync.messaging;

import com.northwind.flagsync.messaging.FlagChangeProducer.SyncCommand;
import com.northwind.flagsync.service.FlagSyncService;
import com.rabbitmq.client.Envelope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.messaging.annotation.MessageHeader;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

@RabbitListener
public class FlagChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(FlagChangeListener.class);

    private final FlagSyncService syncService;

    public FlagChangeListener(FlagSyncService syncService) {
        this.syncService = syncService;
    }

    @Queue("flag-sync.commands")
    public void onSyncCommand(@MessageBody SyncCommand command,
                              @Nullable @MessageHeader("Authorization") String authorization) {
        LOG.info("Received sync command {}", command);
        if (authorization == null) {
            LOG.warn("Dropping sync command without {} header", HttpHeaders.AUTHORIZATION);
            return;
        }
        LOG.debug("Sync command for project {} authorised with {}", command.projectId(), authorization);
        syncService.sync();
    }

    @Queue("flag-sync.audit")
    public void onFlagChanged(@MessageBody FlagChangedEvent event, Envelope envelope) {
        String[] tokens = envelope.getRoutingKey().split("\\.");
        LOG.debug("Audit message routed via {} (segments {})", envelope.getRoutingKey(), Arrays.toString(tokens));
        LOG.info("Flag change recorded: {}", event);
    }
}
