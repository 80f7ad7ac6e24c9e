package com.northwind.flags.sync;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

@ApplicationScoped
public class FlagSyncConsumer {

    private static final Logger LOG = Logger.getLogger(FlagSyncConsumer.class);

    @Inject
    FlagDefinitionsGateway gateway;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "kafka.sasl.jaas.config")
    String jaasConfig;

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Flag sync consumer connecting to %s using %s", bootstrapServers, jaasConfig);
    }

    @Incoming("flag-sync-requests")
    public Uni<Void> onSyncRequest(String requestedBy) {
        return gateway.fetchDefinitions()
                .onItem().invoke(definitions ->
                        LOG.infof("Synced %d flag definitions (requested by %s)", definitions.size(), requestedBy))
                .onFailure().invoke(failure -> LOG.error("Flag definition sync failed", failure))
                .onFailure(FlagSyncException.class).retry().atMost(2)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
