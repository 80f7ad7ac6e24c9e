package com.lumen.insights.web;

import com.lumen.insights.analytics.EventTracker;
import com.lumen.insights.client.PostHogApiClient;
import com.lumen.insights.client.PostHogApiClient.FlagDecisions;
import com.lumen.insights.config.PostHogProperties;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Configuration the single-page app fetches before it initialises posthog-js.
 */
@RestController
@RequestMapping("/api/bootstrap")
public class BootstrapController {

    private final PostHogProperties props;
    private final PostHogApiClient postHog;
    private final EventTracker tracker;

    public BootstrapController(PostHogProperties props, PostHogApiClient postHog, EventTracker tracker) {
        this.props = props;
        this.postHog = postHog;
        this.tracker = tracker;
    }

    @GetMapping("/analytics")
    public Map<String, String> analytics() {
        return Map.of("apiKey", props.projectApiKey(), "apiHost", props.host());
    }

    /** Lets the SPA evaluate flags in the browser without a round-trip per page. */
    @GetMapping("/flags")
    public ResponseEntity<Map<String, Object>> flagBootstrap() {
        Map<String, Object> body = Map.of(
                "projectKey", props.projectApiKey(),
                "flagsSecureKey", props.featureFlagsSecureKey(),
                "pollIntervalMs", props.flagPollInterval().toMillis());
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(body);
    }

    @GetMapping("/flags/{distinctId}")
    public FlagDecisions decisions(@PathVariable String distinctId) {
        tracker.track(distinctId, "bootstrap_flags_requested", Map.of("source", "spa"));
        return postHog.evaluate(distinctId, Map.of());
    }
}
