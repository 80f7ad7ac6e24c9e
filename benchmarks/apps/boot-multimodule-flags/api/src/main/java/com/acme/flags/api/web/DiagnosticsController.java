package com.acme.flags.api.web;

import com.acme.flags.core.support.KeyMasker;
import com.acme.flags.infra.posthog.PostHogProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read-only view of the platform PostHog configuration, for the on-call runbook.
 */
@RestController
@RequestMapping("/admin/diagnostics")
public class DiagnosticsController {

    private final PostHogProperties properties;

    public DiagnosticsController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/posthog")
    public ResponseEntity<Map<String, Object>> posthog() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", properties.host());
        body.put("projectApiKey", properties.apiKey());
        body.put("personalApiKey", KeyMasker.mask(properties.personalApiKey()));
        body.put("debug", properties.debug());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/posthog/local-evaluation")
    public ResponseEntity<Map<String, Object>> localEvaluation() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", properties.featureFlagsSecureApiKey() != null);
        body.put("secureApiKey", properties.featureFlagsSecureApiKey());
        body.put("pollInterval", properties.sync().interval().toString());
        return ResponseEntity.ok(body);
    }
}
