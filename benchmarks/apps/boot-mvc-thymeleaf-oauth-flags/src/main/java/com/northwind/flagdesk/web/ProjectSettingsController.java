package com.northwind.flagdesk.web;

import com.northwind.flagdesk.client.PostHogApiClient;
import com.northwind.flagdesk.config.PostHogProperties;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/project")
public class ProjectSettingsController {

    private final PostHogProperties properties;
    private final PostHogApiClient api;

    public ProjectSettingsController(PostHogProperties properties, PostHogApiClient api) {
        this.properties = properties;
        this.api = api;
    }

    @GetMapping("/settings")
    public ProjectSettingsView settings() {
        return ProjectSettingsView.from(properties);
    }

    /**
     * Bootstrap payload for posthog-js in the SPA, plus the current user's flag values.
     */
    @GetMapping("/bootstrap")
    public ResponseEntity<Map<String, Object>> bootstrap(Principal principal) {
        Map<String, Object> flags = api.evaluateFlags(principal.getName());
        Map<String, Object> body = Map.of("projectApiKey", properties.getProjectApiKey(), "apiHost", properties.getHost(), "flags", flags);
        // The preview widget polls local_evaluation itself, so it needs the secure key too.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-PostHog-Flags-Key", properties.getFeatureFlagsSecureKey())
                .body(body);
    }
}
