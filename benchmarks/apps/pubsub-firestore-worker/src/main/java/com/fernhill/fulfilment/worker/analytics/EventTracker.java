package com.fernhill.fulfilment.worker.analytics;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class EventTracker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventTracker.class.getName());

    private final PostHogInterface postHog;

    public EventTracker(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    public void orderStored(String customerId, String orderId, String channel, long totalCents) {
        if (postHog == null) {
            return;
        }
        postHog.capture(
                customerId,
                "order_stored",
                PostHogCaptureOptions.builder()
                        .property("order_id", orderId)
                        .property("channel", channel)
                        .property("total_cents", totalCents)
                        .appendFeatureFlags(true)
                        .build());
    }

    public void messageRejected(String messageId, String reason) {
        if (postHog == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("message_id", messageId);
        properties.put("reason", reason);
        postHog.capture("orders-worker", "pubsub_message_rejected", properties);
    }

    public void failure(Exception e, String orderId) {
        if (postHog == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("order_id", orderId);
        properties.put("service", "pubsub-firestore-worker");
        postHog.captureException(e, properties);
    }

    @Override
    public void close() {
        if (postHog == null) {
            return;
        }
        try {
            postHog.flush();
            postHog.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PostHog did not shut down cleanly", e);
        }
    }
}
