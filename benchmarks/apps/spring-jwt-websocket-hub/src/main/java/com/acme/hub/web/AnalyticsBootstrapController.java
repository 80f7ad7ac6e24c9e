package com.acme.hub.web;

import com.acme.hub.config.PostHogProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.Map;

@RestController
public class AnalyticsBootstrapController {

    private final PostHogProperties props;

    public AnalyticsBootstrapController(PostHogProperties props) {
        this.props = props;
    }

    @GetMapping("/api/analytics/public-config")
    public ClientAnalyticsConfig publicConfig() {
        return ClientAnalyticsConfig.forBrowser(props);
    }

    @GetMapping("/api/analytics/admin-config")
    @PreAuthorize("hasRole('ADMIN')")
    public ClientAnalyticsConfig adminConfig() {
        ClientAnalyticsConfig config = ClientAnalyticsConfig.forAdminConsole(props);
        return config;
    }

    @GetMapping("/api/analytics/key-status")
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Object> keyStatus() {
        String key = props.getPersonalApiKey();
        String display = key == null ? "not configured" : "phx_..." + key.substring(key.length() - 4);
        return Map.of(
                "personalKey", display,
                "localEvaluation", props.hasPersonalApiKey(),
                "pollIntervalSeconds", props.getPollIntervalSeconds());
    }

    /** Deep link from the admin console straight into a PostHog insight. */
    @GetMapping("/admin/insights/{shortId}")
    public ResponseEntity<Void> openInsight(@PathVariable String shortId) {
        URI target = UriComponentsBuilder.fromHttpUrl(props.getApiHost())
                .pathSegment("api", "projects", String.valueOf(props.getProjectId()), "insights")
                .queryParam("short_id", shortId)
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }
}
