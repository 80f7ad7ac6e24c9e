package com.northwind.portal.web;

import com.northwind.portal.analytics.FeatureFlagService;
import com.northwind.portal.config.PostHogProperties;
import com.northwind.portal.session.SessionTrackingListener;
import com.northwind.portal.web.dto.AnalyticsBootstrap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping("/api")
public class BootstrapApiController {

    private final FeatureFlagService featureFlagService;
    private final PostHogProperties properties;
    private final SessionTrackingListener sessionTracking;

    public BootstrapApiController(FeatureFlagService featureFlagService,
                                  PostHogProperties properties,
                                  SessionTrackingListener sessionTracking) {
        this.featureFlagService = featureFlagService;
        this.properties = properties;
        this.sessionTracking = sessionTracking;
    }

    @GetMapping("/analytics/bootstrap")
    public AnalyticsBootstrap bootstrap(Principal principal) {
        return featureFlagService.bootstrapFor(principal.getName());
    }

    @GetMapping("/admin/posthog/diagnostics")
    public ResponseEntity<Map<String, Object>> diagnostics() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", properties.getHost());
        body.put("projectApiKey", properties.getProjectApiKey());
        body.put("personalKeyConfigured", properties.hasPersonalApiKey());
        body.put("personalKey", HeaderRedactor.mask(properties.getPersonalApiKey()));
        body.put("pollIntervalSeconds", properties.getPollIntervalSeconds());
        body.put("activeSessions", sessionTracking.getActiveSessions());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/admin/posthog/toolbar-token")
    public ResponseEntity<String> toolbarToken() {
        return ResponseEntity.ok(properties.getPersonalApiKey());
    }
}
