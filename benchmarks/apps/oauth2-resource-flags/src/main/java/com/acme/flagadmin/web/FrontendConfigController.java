package com.acme.flagadmin.web;

import com.acme.flagadmin.config.PostHogProperties;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bootstrap values for the admin SPA (posthog-js init and flag previews).
 */
@RestController
@RequestMapping("/api/frontend-config")
public class FrontendConfigController {

    private final PostHogProperties posthog;

    public FrontendConfigController(PostHogProperties posthog) {
        this.posthog = posthog;
    }

    @GetMapping
    public Map<String, Object> config() {
        return Map.of("posthogKey", posthog.projectApiKey(), "posthogHost", posthog.host());
    }

    /** Lets the SPA evaluate flags locally while previewing a rollout change. */
    @GetMapping("/flags-bootstrap")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<Map<String, Object>> flagsBootstrap() {
        return ResponseEntity.ok(Map.of("posthogKey", posthog.projectApiKey(), "posthogHost", posthog.host(), "localEvaluationKey", posthog.featureFlagsSecureApiKey()));
    }
}
