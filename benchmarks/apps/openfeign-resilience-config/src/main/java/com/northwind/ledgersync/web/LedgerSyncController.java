package com.northwind.ledgersync.web;

import com.northwind.ledgersync.config.PostHogProperties;
import com.northwind.ledgersync.service.FeatureFlagService;
import com.northwind.ledgersync.service.PartnerSyncService;
import com.northwind.ledgersync.web.dto.FlagBootstrapResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
public class LedgerSyncController {

    private final FeatureFlagService featureFlagService;
    private final PartnerSyncService partnerSyncService;
    private final PostHogProperties properties;

    public LedgerSyncController(FeatureFlagService featureFlagService,
                                PartnerSyncService partnerSyncService,
                                PostHogProperties properties) {
        this.featureFlagService = featureFlagService;
        this.partnerSyncService = partnerSyncService;
        this.properties = properties;
    }

    @PostMapping("/ledgers/{ledgerId}/sync")
    public Map<String, Object> sync(@PathVariable String ledgerId,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
        int synced = partnerSyncService.syncLedger(ledgerId, since);
        return Map.of("ledgerId", ledgerId, "entries", synced);
    }

    @GetMapping("/flags/bootstrap")
    public FlagBootstrapResponse bootstrap(@RequestParam String distinctId) {
        return featureFlagService.bootstrap(distinctId);
    }

    @GetMapping("/flags/public-config")
    public Map<String, String> publicConfig() {
        return Map.of("apiKey", properties.projectApiKey(), "apiHost", properties.host());
    }

    @GetMapping("/flags/edge-session")
    public ResponseEntity<Void> edgeSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_edge_key", properties.featureFlagsSecureApiKey())
                .path("/")
                .secure(true)
                .sameSite("Strict")
                .maxAge(Duration.ofHours(1))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @GetMapping("/flags/diagnostics")
    public Map<String, Object> diagnostics() {
        return Map.of(
                "host", properties.host(),
                "personalApiKey", PostHogProperties.mask(properties.personalApiKey()),
                "localEvaluation", properties.hasPersonalApiKey());
    }
}
