package com.northwind.dispatch.web;

import java.security.Principal;
import java.util.Map;

import com.northwind.dispatch.config.PostHogProperties;
import com.northwind.dispatch.flags.FeatureFlagService;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class FeatureFlagController {

    private final FeatureFlagService flagService;
    private final PostHogProperties props;

    public FeatureFlagController(FeatureFlagService flagService, PostHogProperties props) {
        this.flagService = flagService;
        this.props = props;
    }

    /** Bootstraps posthog-js in the dispatcher web app. */
    @GetMapping("/bootstrap")
    public ResponseEntity<Map<String, Object>> bootstrap() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("apiHost", props.host(), "projectKey", props.projectApiKey(), "flagsSecureKey", flagService.secureKey()));
    }

    @GetMapping("/me")
    public Map<String, Object> myFlags(Principal principal) {
        return flagService.flagsFor(principal.getName());
    }
}
