package io.shipwright.gradle.annotator.analytics;

import com.posthog.java.PostHog;

import java.util.Map;

/**
 * Forwards events to projects that still ingest through the 1.x Java client.
 */
public class LegacyEventSender {

    private final PostHog posthog;

    public LegacyEventSender(String apiKey, String host) {
        this.posthog = new PostHog.Builder(apiKey)
                .host(host)
                .build();
    }

    public void send(String distinctId, String event, Map<String, Object> properties) {
        posthog.capture(distinctId, event, properties);
    }

    public void shutdown() {
        posthog.shutdown();
    }
}
