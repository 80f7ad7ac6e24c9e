package com.harborline.flaggateway.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.harborline.flaggateway.config.PostHogProperties;
import com.harborline.flaggateway.service.DiagnosticsService;
import com.harborline.flaggateway.service.DiagnosticsService.DiagnosticsView;
import com.harborline.flaggateway.service.FlagService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Slf4j
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
public class FlagController {

    private final FlagService flagService;
    private final DiagnosticsService diagnostics;
    private final PostHogProperties posthog;

    /** What the web app needs to initialise posthog-js with bootstrapped flags. */
    public record ClientBootstrap(String apiKey, String apiHost, Map<String, Object> featureFlags) {
    }

    public record FlagCheck(String flag, String distinctId, boolean enabled) {
    }

    @GetMapping("/flags/{flagKey}")
    public Mono<FlagCheck> check(@PathVariable String flagKey,
                                 @RequestParam String distinctId,
                                 @RequestParam Map<String, String> attributes) {
        return flagService.isEnabled(distinctId, flagKey, attributes)
                .map(enabled -> new FlagCheck(flagKey, distinctId, enabled));
    }

    @GetMapping("/bootstrap")
    public Mono<ClientBootstrap> bootstrap(@RequestParam String distinctId,
                                           @CookieValue(name = "SESSION", required = false) String sessionId) {
        log.debug("Bootstrapping flags for {} (session {})", distinctId, sessionId);
        return flagService.decisions(distinctId, Map.of())
                .map(decisions -> new ClientBootstrap(posthog.getProjectApiKey(), posthog.getHost(), decisions));
    }

    @GetMapping("/internal/server-flags")
    public Mono<Map<String, Object>> serverOnly(@RequestParam String distinctId) {
        return flagService.serverOnlyDecisions(distinctId);
    }

    /** Flag definitions for the mobile apps' offline evaluation. */
    @GetMapping("/definitions")
    public Mono<Map<String, Object>> definitions() {
        return flagService.definitions();
    }

    @GetMapping("/internal/managed-flags")
    public Mono<Map<String, Object>> managedFlags() {
        return flagService.managedFlags();
    }

    /** Polled by the web app to show the "flags degraded" banner. */
    @GetMapping("/status")
    public Mono<DiagnosticsView> diagnostics() {
        return Mono.fromSupplier(diagnostics::snapshot);
    }

    /** Admin menu link: opens the PostHog flag list with the toolbar pre-authorised. */
    @GetMapping("/toolbar")
    public ResponseEntity<Void> toolbar() {
        ResponseCookie cookie = ResponseCookie.from("ph_toolbar_key", posthog.getPersonalApiKey())
                .secure(true)
                .sameSite("Lax")
                .path("/")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(URI.create(posthog.getApiHost() + "/project/" + posthog.getProjectId() + "/feature_flags"))
                .build();
    }
}
