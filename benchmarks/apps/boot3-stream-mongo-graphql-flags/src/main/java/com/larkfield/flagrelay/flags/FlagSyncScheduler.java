package com.larkfield.flagrelay.flags;

import com.larkfield.flagrelay.config.AdminApiCredentials;
import com.larkfield.flagrelay.mongo.FlagSnapshot;
import com.larkfield.flagrelay.mongo.FlagSnapshotRepository;
import com.larkfield.flagrelay.stream.FlagChangedEvent;
import com.larkfield.flagrelay.support.KeyMasking;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class FlagSyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncScheduler.class);
    private static final String AUDIT_BINDING = "flagAudit-out-0";

    private final FlagDefinitionClient client;
    private final FlagSnapshotRepository repository;
    private final AdminApiCredentials credentials;
    private final StreamBridge streamBridge;

    public FlagSyncScheduler(FlagDefinitionClient client, FlagSnapshotRepository repository,
                             AdminApiCredentials credentials, StreamBridge streamBridge) {
        this.client = client;
        this.repository = repository;
        this.credentials = credentials;
        this.streamBridge = streamBridge;
    }

    @Scheduled(fixedDelayString = "${flagrelay.sync-interval:PT2M}")
    public void sync() {
        log.info("Starting flag sync using credential kind {}", credentials.kind());
        log.debug("Admin key fingerprint {}", KeyMasking.sha256Hex(credentials.personalApiKey()));
        try {
            List<FlagDefinitionClient.FlagDefinition> definitions = client.fetchDefinitions();
            for (FlagDefinitionClient.FlagDefinition definition : definitions) {
                FlagSnapshot snapshot = repository.findByFlagKey(definition.key())
                        .map(existing -> existing.refreshedFrom(definition))
                        .orElseGet(() -> FlagSnapshot.from(definition));
                repository.save(snapshot);
                streamBridge.send(AUDIT_BINDING, new FlagChangedEvent(definition.key(), definition.active(),
                        definition.rolloutPercentage(), "flag-relay-sync", 0L, Instant.now()));
            }
            client.reportSyncOutcome("flag-relay", definitions.size());
            log.info("Flag sync finished, {} definitions", definitions.size());
        } catch (FlagSyncException ex) {
            log.warn("Flag sync failed: {}", ex.getMessage());
            log.warn("If this persists rotate the admin key (last known {})", AdminApiCredentials.LAST_ROTATED_HINT);
        }
    }
}
