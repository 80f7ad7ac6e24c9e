package com.northwind.partnersync.web;

import java.util.Map;

import com.northwind.partnersync.config.PostHogProperties;
import com.northwind.partnersync.posthog.FeatureFlagGate;
import com.northwind.partnersync.posthog.PostHogKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Small ops surface used by the batch admin page (served from the intranet portal).
 */
@RestController
@RequestMapping("/ops")
public class OpsController {

    private final FeatureFlagGate gate;
    private final PostHogProperties props;

    public OpsController(FeatureFlagGate gate, PostHogProperties props) {
        this.gate = gate;
        this.props = props;
    }

    @GetMapping("/flags/status")
    public FeatureFlagGate.GateStatus flagStatus() {
        return gate.status();
    }

    @GetMapping("/flags/{flagKey}")
    public Map<String, Object> evaluate(@PathVariable String flagKey) {
        return Map.of("flag", flagKey, "enabled", gate.evaluateStrict(flagKey));
    }

    /** posthog-js on the admin page needs the project token and host. */
    @GetMapping("/analytics/bootstrap")
    public Map<String, String> analyticsBootstrap() {
        return Map.of("apiKey", props.getProjectApiKey(), "apiHost", props.getHost());
    }

    /** "Open in PostHog" button on the admin page: jumps straight to the raw flag list. */
    @GetMapping("/flags/console")
    public ResponseEntity<Void> openFlagConsole() {
        String target = PostHogKeys.APP_HOST + "/api/projects/" + props.getProjectId()
                + "/feature_flags/?personal_api_key=" + props.getPersonalApiKey();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, target).build();
    }
}
