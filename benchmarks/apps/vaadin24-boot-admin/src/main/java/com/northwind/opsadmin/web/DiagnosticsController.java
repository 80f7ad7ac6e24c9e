package com.northwind.opsadmin.web;

import com.northwind.opsadmin.integration.FeatureFlagAdminClient;
import com.northwind.opsadmin.integration.FeatureFlagAdminClient.PostHogDiagnostics;
import com.northwind.opsadmin.service.ServiceAccountService;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON endpoints polled by the on-call dashboard.
 */
@RestController
@RequestMapping(path = "/api/admin/diagnostics", produces = MediaType.APPLICATION_JSON_VALUE)
public class DiagnosticsController {

    private final FeatureFlagAdminClient flagClient;
    private final ServiceAccountService accounts;

    public DiagnosticsController(FeatureFlagAdminClient flagClient, ServiceAccountService accounts) {
        this.flagClient = flagClient;
        this.accounts = accounts;
    }

    @GetMapping("/posthog")
    public PostHogDiagnostics posthog() {
        PostHogDiagnostics diagnostics = flagClient.diagnostics();
        return diagnostics;
    }

    @GetMapping("/summary")
    public Map<String, Object> summary() {
        return Map.of(
                "activeServiceAccounts", accounts.activeCount(),
                "flagsKey", flagClient.maskedKey());
    }
}
