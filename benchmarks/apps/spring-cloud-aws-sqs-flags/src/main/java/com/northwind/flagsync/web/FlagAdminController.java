package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.export.FlagExportJob;
import com.northwind.flagsync.posthog.FlagEvaluationService;
import com.northwind.flagsync.posthog.FlagSnapshot;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FlagAdminController {

    private final PostHogProperties properties;
    private final FlagEvaluationService evaluationService;
    private final FlagExportJob exportJob;

    public FlagAdminController(PostHogProperties properties,
                               FlagEvaluationService evaluationService,
                               FlagExportJob exportJob) {
        this.properties = properties;
        this.evaluationService = evaluationService;
        this.exportJob = exportJob;
    }

    /** Consumed by the storefront to initialise posthog-js. */
    @GetMapping("/api/client-config")
    public Map<String, String> clientConfig() {
        return Map.of(
                "apiKey", properties.getProjectApiKey(),
                "apiHost", properties.getHost());
    }

    /** Server-rendered flag values so the storefront can bootstrap posthog-js without a flash. */
    @GetMapping("/api/flags/{flagKey}/bootstrap")
    public ResponseEntity<FlagSnapshot> bootstrap(@PathVariable String flagKey) {
        FlagSnapshot snapshot = evaluationService.snapshot(flagKey);
        return ResponseEntity.ok().header("X-PostHog-Flags-Key", properties.getFeatureFlagsSecureKey()).body(snapshot);
    }

    @GetMapping("/internal/diagnostics")
    public DiagnosticsResponse diagnostics() {
        DiagnosticsResponse response = DiagnosticsResponse.from(properties, exportJob.lastSuccessfulExport());
        return response;
    }

    @GetMapping("/internal/key-status")
    public Map<String, Object> keyStatus() {
        String personalKey = properties.getPersonalApiKey();
        boolean configured = StringUtils.hasText(personalKey);
        return Map.of(
                "personalKeyConfigured", configured,
                "personalKey", configured && personalKey.length() > 8
                        ? personalKey.substring(0, 4) + "****"
                        : "****");
    }

    @PostMapping("/internal/export")
    public ResponseEntity<Void> triggerExport() {
        exportJob.exportSnapshots();
        return ResponseEntity.accepted().build();
    }
}
