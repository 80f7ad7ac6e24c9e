package com.lumen.insights.analytics;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Thin wrapper over the PostHog server SDK so callers never touch the client directly.
 */
@Component
public class EventTracker {

    private static final Logger log = LoggerFactory.getLogger(EventTracker.class);

    private final PostHogInterface postHog;

    public EventTracker(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    public void track(String distinctId, String event, Map<String, Object> properties) {
        PostHogCaptureOptions.Builder options = PostHogCaptureOptions.builder();
        properties.forEach(options::property);
        postHog.capture(distinctId, event, options.build());
        log.trace("Queued event {} for {}", event, distinctId);
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }
}
