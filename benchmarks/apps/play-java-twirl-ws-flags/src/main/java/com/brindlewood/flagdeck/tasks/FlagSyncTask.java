package com.brindlewood.flagdeck.tasks;

import akka.actor.ActorSystem;
import com.brindlewood.flagdeck.config.PostHogSettings;
import com.brindlewood.flagdeck.services.PostHogApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.concurrent.ExecutionContext;

import javax.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Snapshots flag definitions every few minutes so the audit page can diff them.
 */
public class FlagSyncTask {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncTask.class);

    private final PostHogApiClient api;
    private final AtomicReference<JsonNode> lastSnapshot = new AtomicReference<>();

    @Inject
    public FlagSyncTask(ActorSystem actorSystem, ExecutionContext ec, PostHogApiClient api, PostHogSettings settings) {
        this.api = api;
        log.info("Scheduling flag snapshot sync with {}", settings);
        actorSystem.scheduler().scheduleAtFixedRate(
                Duration.ofSeconds(15), Duration.ofMinutes(5), this::syncOnce, ec);
    }

    void syncOnce() {
        api.localEvaluation().whenComplete((json, err) -> {
            if (err != null) {
                log.error("Flag snapshot sync failed", err);
                return;
            }
            int count = json.path("flags").size();
            log.info("Synced {} flag definitions", count);
            lastSnapshot.set(json);
        });
    }

    public JsonNode lastSnapshot() {
        return lastSnapshot.get();
    }
}
