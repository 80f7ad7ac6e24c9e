package com.northwind.flagsconsole.web;

import com.northwind.flagsconsole.config.PostHogProperties;
import com.northwind.flagsconsole.service.FlagSyncService;
import com.northwind.flagsconsole.web.dto.ConsoleSetupResponse;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class FlagAdminController {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminController.class);

    private final FlagSyncService flagSyncService;
    private final PostHogProperties properties;

    public FlagAdminController(FlagSyncService flagSyncService, PostHogProperties properties) {
        this.flagSyncService = flagSyncService;
        this.properties = properties;
    }

    @GetMapping("/flags")
    @PreAuthorize("hasAuthority('SCOPE_flags.read')")
    public List<Map<String, Object>> listFlags(@AuthenticationPrincipal Jwt jwt) {
        log.info("Listing flags for {} (scopes={})", jwt.getSubject(), jwt.getClaimAsString("scope"));
        return flagSyncService.listFlags(jwt.getSubject());
    }

    @GetMapping("/flags/setup")
    @PreAuthorize("hasRole('FLAGS_ADMIN')")
    public ConsoleSetupResponse setup(@AuthenticationPrincipal Jwt jwt) {
        log.info("Setup requested by {}", jwt.getSubject());
        return ConsoleSetupResponse.from(properties);
    }

    @PostMapping("/flags/evaluation-credentials")
    @PreAuthorize("hasAuthority('SCOPE_flags.write') and hasRole('FLAGS_ADMIN')")
    public ResponseEntity<Void> evaluationCredentials() {
        return ResponseEntity.noContent()
                .header("X-PostHog-Secure-Key", properties.getFeatureFlagsSecureKey())
                .build();
    }

    @GetMapping("/public/posthog-config")
    public Map<String, String> publicConfig() {
        return Map.of(
                "projectApiKey", properties.getProjectApiKey(),
                "host", properties.getHost());
    }
}
