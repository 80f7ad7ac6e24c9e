package com.harbourline.flagrelay.web;

import com.harbourline.flagrelay.config.PostHogProperties;
import com.harbourline.flagrelay.service.FlagDefinitionSyncService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/admin/flags")
public class FlagAdminController {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminController.class);
    static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";

    private final FlagDefinitionSyncService syncService;
    private final PostHogProperties properties;
    private final String adminToken;

    public FlagAdminController(FlagDefinitionSyncService syncService, PostHogProperties properties,
                               @Value("${flagrelay.admin-token}") String adminToken) {
        this.syncService = syncService;
        this.properties = properties;
        this.adminToken = adminToken;
    }

    @PostMapping("/sync")
    public Map<String, Object> sync(@RequestHeader(ADMIN_TOKEN_HEADER) String suppliedToken) {
        requireAdmin(suppliedToken);
        return Map.of("synced", syncService.refreshDefinitions());
    }

    @GetMapping("/client-config")
    public Map<String, String> clientConfig() {
        return Map.of("apiKey", properties.getProjectApiKey(), "apiHost", properties.getHost());
    }

    @GetMapping("/bootstrap")
    public ClientBootstrapResponse bootstrap(@RequestParam String distinctId) {
        return ClientBootstrapResponse.from(properties, distinctId, syncService.cachedFlagKeys());
    }

    @GetMapping("/local-evaluation")
    public Map<String, Object> localEvaluation(@RequestHeader(ADMIN_TOKEN_HEADER) String suppliedToken) {
        requireAdmin(suppliedToken);
        return syncService.fetchLocalEvaluation();
    }

    /** Deep link for the "open in PostHog" button of the debugger. */
    @GetMapping("/{flagKey}/open")
    public ResponseEntity<Void> openInPostHog(@PathVariable String flagKey) {
        String url = UriComponentsBuilder.fromHttpUrl(properties.getApiHost())
                .path("/project/{projectId}/feature_flags")
                .queryParam("search", flagKey)
                .queryParam("personal_api_key", properties.getPersonalApiKey())
                .buildAndExpand(properties.getProjectId())
                .toUriString();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, url).build();
    }

    /** Lets the toolbar call local_evaluation directly from the browser. */
    @GetMapping("/toolbar-session")
    public ResponseEntity<Void> toolbarSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_secure", properties.getSecureApiKey())
                .path("/admin")
                .sameSite("Strict")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    private void requireAdmin(String suppliedToken) {
        boolean ok = MessageDigest.isEqual(adminToken.getBytes(StandardCharsets.UTF_8),
                suppliedToken.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            log.warn("Rejected admin call with {}={}", ADMIN_TOKEN_HEADER, suppliedToken);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "invalid admin token");
        }
    }
}
