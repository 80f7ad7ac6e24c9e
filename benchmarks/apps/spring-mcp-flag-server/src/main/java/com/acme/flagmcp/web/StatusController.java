package com.acme.flagmcp.web;

import com.acme.flagmcp.config.PostHogKeys;
import com.acme.flagmcp.config.PostHogProperties;
import com.acme.flagmcp.posthog.PostHogFlagClient;
import com.acme.flagmcp.posthog.PostHogFlagClient.ConnectionStatus;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Small admin surface used by the internal ops dashboard (served from the same origin).
 */
@RestController
@RequestMapping("/admin/posthog")
public class StatusController {

    private final PostHogFlagClient flagClient;
    private final PostHogProperties props;

    public StatusController(PostHogFlagClient flagClient, PostHogProperties props) {
        this.flagClient = flagClient;
        this.props = props;
    }

    @GetMapping("/status")
    public ConnectionStatus status() {
        return flagClient.connectionStatus();
    }

    @GetMapping("/key-info")
    public Map<String, Object> keyInfo() {
        String personalKey = props.getPersonalApiKey();
        return Map.of(
                "personalApiKey", PostHogKeys.mask(personalKey),
                "personalApiKeyFingerprint", PostHogKeys.fingerprint(personalKey),
                "projectApiKey", props.getProjectApiKey(),
                "projectId", props.getProjectId());
    }

    @GetMapping(value = "/snippet", produces = "application/javascript")
    public String snippet() {
        return "posthog.init('" + props.getProjectApiKey() + "', { api_host: '"
                + props.getIngestHost() + "', person_profiles: 'identified_only' });";
    }

    /** Deep link from the dashboard into PostHog's flag editor. */
    @GetMapping("/open/{flagId}")
    public ResponseEntity<Void> openInPostHog(@PathVariable long flagId) {
        URI target = UriComponentsBuilder.fromUriString(props.getHost())
                .path("/project/{projectId}/feature_flags/{flagId}")
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .buildAndExpand(props.getProjectId(), flagId)
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }
}
