package com.northwind.fulfil.worker.analytics;

import com.northwind.fulfil.worker.config.WorkerSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.util.HashMap;
import java.util.Map;

public class EventTracker implements AutoCloseable {

    private static final Logger log = LogManager.getLogger(EventTracker.class);

    private final PostHogInterface posthog;

    public EventTracker(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    public static EventTracker forBackfill(WorkerSettings settings) {
        String key = settings.backfillProjectKey() != null
                ? settings.backfillProjectKey()
                : settings.projectApiKey();
        PostHogConfig config = PostHogConfig.builder(key)
                .host(settings.posthogHost())
                .build();
        log.info("Backfill tracker targeting {}", settings.posthogHost());
        return new EventTracker(PostHog.with(config));
    }

    public void orderReceived(String customerId, String subject, int lineCount) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("subject", subject);
        properties.put("line_count", lineCount);
        properties.put("source", "nats-jetstream-worker");
        posthog.capture(customerId, "order_received", properties);
    }

    public boolean expressRoutingEnabled(String customerId) {
        return posthog.isFeatureEnabled(customerId, "express-routing", false);
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
