package com.lumenhq.flagsvc.flags;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

@Component
public class FlagSyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncScheduler.class);

    private final FlagDefinitionsClient client;
    private final AtomicReference<JsonNode> latest = new AtomicReference<>();
    private volatile Instant lastSuccess = Instant.EPOCH;

    public FlagSyncScheduler(FlagDefinitionsClient client) {
        this.client = client;
    }

    @Scheduled(cron = "${flags.sync.cron}")
    public void sync() {
        Instant started = Instant.now();
        try {
            JsonNode definitions = client.fetchDefinitions();
            latest.set(definitions);
            lastSuccess = Instant.now();
            log.atInfo()
                    .addKeyValue("flagCount", definitions.path("flags").size())
                    .addKeyValue("durationMs", Duration.between(started, lastSuccess).toMillis())
                    .setMessage("flag definitions synced")
                    .log();
        } catch (FlagSyncException e) {
            log.error("flag definitions sync failed (status {})", e.getStatus(), e);
        }
    }

    public JsonNode latest() {
        return latest.get();
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }
}
