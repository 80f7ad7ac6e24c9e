package com.tidewater.invoices.analytics;

import com.posthog.java.PostHog;
import com.tidewater.invoices.util.KeyMasking;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Batch capture for the queue consumer. Still on the 1.x posthog-java client because
 * the server SDK did not support custom queue managers when this was written.
 */
public class LegacyTracker {

    private static final Logger log = LogManager.getLogger(LegacyTracker.class);

    private final PostHog postHog;

    public LegacyTracker(String apiKey, String host) {
        log.info("Legacy tracker using key {} against {}", KeyMasking.mask(apiKey), host);
        this.postHog = new PostHog.Builder(apiKey)
                .host(host)
                .build();
    }

    public void track(String distinctId, String event, Map<String, Object> properties) {
        postHog.capture(distinctId, event, properties);
    }

    public void shutdown() {
        postHog.shutdown();
    }
}
