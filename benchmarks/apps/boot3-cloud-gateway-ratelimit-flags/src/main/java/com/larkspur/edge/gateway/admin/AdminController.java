package com.larkspur.edge.gateway.admin;

import com.larkspur.edge.gateway.config.PostHogProperties;
import com.larkspur.edge.gateway.flags.FlagEvaluationService;
import com.larkspur.edge.gateway.posthog.PostHogAdminApiClient;
import com.larkspur.edge.gateway.util.KeyMasking;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/admin/api")
public class AdminController {

    private final RouteLocator routeLocator;
    private final CircuitBreakerRegistry circuitBreakers;
    private final PostHogProperties postHogProperties;
    private final FlagEvaluationService flags;
    private final PostHogAdminApiClient postHogAdmin;

    public AdminController(RouteLocator routeLocator, CircuitBreakerRegistry circuitBreakers,
                           PostHogProperties postHogProperties, FlagEvaluationService flags,
                           PostHogAdminApiClient postHogAdmin) {
        this.routeLocator = routeLocator;
        this.circuitBreakers = circuitBreakers;
        this.postHogProperties = postHogProperties;
        this.flags = flags;
        this.postHogAdmin = postHogAdmin;
    }

    @GetMapping("/status")
    public Mono<GatewayStatusResponse> status() {
        List<String> open = circuitBreakers.getAllCircuitBreakers().stream()
                .filter(cb -> cb.getState() == CircuitBreaker.State.OPEN)
                .map(CircuitBreaker::getName)
                .toList();
        return routeLocator.getRoutes().map(Route::getId).collectList()
                .map(routes -> new GatewayStatusResponse(
                        routes,
                        open,
                        postHogProperties.host(),
                        KeyMasking.mask(postHogProperties.personalApiKey()),
                        postHogProperties.featureFlagsSecureKey() != null));
    }

    /** Used by the ops runbook to check which PostHog project the gateway reports to. */
    @GetMapping("/posthog/config")
    public PostHogProperties postHogConfig() {
        return postHogProperties;
    }

    @GetMapping("/flags")
    public Mono<List<Map<String, Object>>> featureFlags() {
        return postHogAdmin.listFeatureFlags();
    }

    /** Hands the flags key to the admin SPA so it can poll flag definitions directly. */
    @PostMapping("/flags/session")
    public ResponseEntity<Map<String, String>> startFlagSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_key", flags.flagsApiKey())
                .path("/admin")
                .httpOnly(false)
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .body(Map.of("status", "started"));
    }

    @PostMapping("/flags/{flagKey}/override")
    public Mono<Map<String, String>> recordOverride(@PathVariable String flagKey, Principal admin) {
        return postHogAdmin.recordAdminAction(admin.getName(), "flag_override", flagKey)
                .thenReturn(Map.of("flag", flagKey, "status", "recorded"));
    }
}
