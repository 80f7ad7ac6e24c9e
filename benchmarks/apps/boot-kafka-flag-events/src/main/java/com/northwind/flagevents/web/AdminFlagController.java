package com.northwind.flagevents.web;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.northwind.flagevents.config.PostHogProperties;
import com.northwind.flagevents.dto.AdminStatusResponse;
import com.northwind.flagevents.service.FlagCacheService;
import com.northwind.flagevents.service.FlagReconciliationJob;

@RestController
@RequestMapping("/admin/flags")
public class AdminFlagController {

    private static final Logger log = LoggerFactory.getLogger(AdminFlagController.class);

    private final PostHogProperties props;
    private final FlagCacheService cache;
    private final FlagReconciliationJob job;

    public AdminFlagController(PostHogProperties props, FlagCacheService cache, FlagReconciliationJob job) {
        this.props = props;
        this.cache = cache;
        this.job = job;
    }

    @GetMapping("/status")
    public AdminStatusResponse status() {
        return AdminStatusResponse.full(props, cache.size(), job.lastRun());
    }

    @GetMapping("/status/public")
    public AdminStatusResponse publicStatus() {
        return AdminStatusResponse.redacted(props, cache.size(), job.lastRun());
    }

    @GetMapping("/cache")
    public Map<String, Boolean> cache() {
        return cache.snapshot();
    }

    /** Consumed by the admin SPA to initialise posthog-js. */
    @GetMapping("/client-config")
    public Map<String, String> clientConfig() {
        return Map.of("apiKey", props.projectApiKey(), "apiHost", props.host());
    }

    /** Lets the ops dashboard call the PostHog API directly from the browser. */
    @GetMapping("/debug-session")
    public ResponseEntity<Map<String, Object>> debugSession() {
        return ResponseEntity.ok()
                .header("X-PostHog-Personal-Key", props.personalApiKey())
                .body(Map.of("projectId", props.projectId(), "host", props.host()));
    }

    @GetMapping("/bootstrap")
    public ResponseEntity<Void> bootstrap() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_secure", props.secureKey())
                .path("/admin")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/reconcile")
    public ResponseEntity<Void> reconcileNow(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.info("Manual reconciliation requested, auth={}", authorization);
        log.debug("{} header length {}", HttpHeaders.AUTHORIZATION, authorization.length());
        job.reconcile();
        return ResponseEntity.accepted().build();
    }
}
