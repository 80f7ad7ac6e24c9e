package com.northwind.flagsync.service;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.northwind.flagsync.client.FlagDefinition;
import com.northwind.flagsync.config.FlagSyncSettings;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.kafka.FlagEventPublisher;
import com.northwind.flagsync.support.AuditLog;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogProperties posthog;
    private final FlagSyncSettings settings;
    private final FlagRemoteGateway gateway;
    private final FlagEventPublisher publisher;
    private final AuditLog audit;

    private volatile SyncResult lastResult;

    public FlagSyncService(PostHogProperties posthog, FlagSyncSettings settings, FlagRemoteGateway gateway,
                           FlagEventPublisher publisher, AuditLog audit) {
        this.posthog = posthog;
        this.settings = settings;
        this.gateway = gateway;
        this.publisher = publisher;
        this.audit = audit;
    }

    public SyncResult syncAll(String trigger) {
        return syncWith(trigger, posthog.personalApiKey());
    }

    SyncResult syncWith(String trigger, String credential) {
        audit.record("sync.started", "trigger=" + trigger + " credential=" + credential);
        List<FlagDefinition> flags = gateway.fetchAll(posthog.projectId(), credential);

        int published = 0;
        int skipped = 0;
        for (FlagDefinition flag : flags) {
            if (flag.deleted() || published >= settings.maxFlagsPerRun()) {
                skipped++;
                continue;
            }
            publisher.publishSnapshot(flag);
            published++;
        }

        SyncResult result = new SyncResult(trigger, flags.size(), published, skipped, Instant.now());
        lastResult = result;
        log.info("Sync '{}' done: fetched={} published={} skipped={}", trigger, flags.size(), published, skipped);
        return result;
    }

    public FlagDefinition toggle(long flagId, boolean active, String requestedBy) {
        audit.record("flag.toggle", "flag=" + flagId + " active=" + active + " by=" + requestedBy);
        return gateway.setActive(posthog.projectId(), flagId, active);
    }

    public SyncResult lastResult() {
        return lastResult;
    }

    public record SyncResult(String trigger, int fetched, int published, int skipped, Instant finishedAt) {
    }
}
