package com.northwind.flagsync.messaging;

import io.micronaut.messaging.annotation.MessageHeader;
import io.micronaut.rabbitmq.annotation.Binding;
import io.micronaut.rabbitmq.annotation.RabbitClient;
import io.micronaut.serde.annotation.Serdeable;

@RabbitClient("flags")
public interface FlagChangeProducer {

    @Binding("flag.changed")
    void publish(FlagChangedEvent event);

    @Binding("flag-sync.commands")
    void requestSync(SyncCommand command, @MessageHeader("Authorization") String authorization);

    /**
     * Asks a flag-sync instance to pull definitions now. {@code serviceToken} lets the
     * consumer act on behalf of the caller when it calls back into the REST API.
     */
    @Serdeable
    record SyncCommand(long projectId, String requestedBy, String serviceToken) {
    }
}
