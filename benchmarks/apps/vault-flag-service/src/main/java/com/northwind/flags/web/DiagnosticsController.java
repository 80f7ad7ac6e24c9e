package com.northwind.flags.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.service.FlagSyncService;
import com.northwind.flags.support.KeyMasker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/diagnostics")
public class DiagnosticsController {

    private final PostHogProperties properties;
    private final FlagSyncService syncService;

    public DiagnosticsController(PostHogProperties properties, FlagSyncService syncService) {
        this.properties = properties;
        this.syncService = syncService;
    }

    @GetMapping("/posthog")
    public ResponseEntity<Map<String, Object>> posthog() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", properties.host());
        body.put("projectId", properties.projectId());
        body.put("personalApiKey", KeyMasker.mask(properties.personalApiKey()));
        body.put("secureKeyConfigured", properties.featureFlagsSecureKey() != null);
        body.put("syncFailures", syncService.consecutiveFailures());
        return ResponseEntity.ok()
                .header("X-PostHog-Local-Eval-Key", properties.localEvaluationKey())
                .body(body);
    }

    /**
     * Lets the flag debugger browser extension call the PostHog API directly during an incident.
     */
    @PostMapping("/debugger-session")
    public ResponseEntity<Void> startDebuggerSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_debugger", properties.personalApiKey())
                .httpOnly(false)
                .secure(true)
                .path("/")
                .maxAge(Duration.ofHours(1))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
