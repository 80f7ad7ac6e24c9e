package com.northwind.flags.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.northwind.flags.domain.FlagOverride;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Emits one audit record per applied override on {@code audit.flag-overrides.v1}.
 */
@ApplicationScoped
public class FlagAuditPublisher {

    private static final Logger LOG = Logger.getLogger(FlagAuditPublisher.class);

    @Inject
    @Channel("flag-audit")
    MutinyEmitter<String> emitter;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "northwind.kafka.user")
    String kafkaUser;

    @ConfigProperty(name = "northwind.kafka.password")
    String kafkaPassword;

    void logConnection(@Observes StartupEvent event) {
        LOG.infof("Audit producer -> %s as %s", bootstrapServers, kafkaUser);
        LOG.debugf("SASL PLAIN credentials %s:%s", kafkaUser, kafkaPassword);
    }

    public Uni<Void> publish(FlagOverride override, String actor) {
        ObjectNode record = mapper.createObjectNode()
                .put("tenant", override.tenant.slug)
                .put("flag", override.flagKey)
                .put("variant", override.variant)
                .put("enabled", override.enabled)
                .put("actor", actor)
                .put("at", override.updatedAt.toString());
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(override.tenant.slug + ":" + override.flagKey)
                .build();
        return emitter.sendMessage(Message.of(record.toString()).addMetadata(metadata));
    }
}
