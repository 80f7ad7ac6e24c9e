package com.northwind.flagrouter.flags;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the definitions the admin endpoints show in step with PostHog. */
@Component
public class FlagSyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncScheduler.class);

    private final LocalEvaluationClient client;

    public FlagSyncScheduler(LocalEvaluationClient client) {
        this.client = client;
    }

    @Scheduled(initialDelay = 5, fixedDelayString = "${posthog.poll-interval-seconds:30}", timeUnit = TimeUnit.SECONDS)
    public void syncDefinitions() {
        try {
            List<LocalEvaluationClient.FlagDefinition> defs = client.refresh();
            log.debug("Synced {} flag definitions", defs.size());
        } catch (FlagSyncException e) {
            log.warn("Scheduled flag sync failed", e);
        }
    }
}
