package com.tidewaterlabs.flagsync.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@KafkaClient(id = "flag-audit")
public interface FlagAuditProducer {

    @Topic("posthog.flag-audit")
    void publish(@KafkaKey String projectId, FlagAudit audit);

    @Serdeable
    record FlagAudit(String flagKey, boolean active, String changedBy, int flagsSynced, Instant at) {
    }
}
