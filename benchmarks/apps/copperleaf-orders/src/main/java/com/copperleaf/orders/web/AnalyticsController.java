package com.copperleaf.orders.web;

import com.copperleaf.orders.config.PostHogProperties;
import com.copperleaf.orders.service.FlagAdminService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
public class AnalyticsController {

    private final PostHogProperties props;
    private final FlagAdminService flagAdmin;

    /** Used by the storefront SPA before posthog.init(). */
    @GetMapping("/api/analytics/bootstrap")
    public ResponseEntity<Map<String, String>> bootstrap() {
        ResponseCookie cookie = ResponseCookie.from("ph_project", props.getProjectApiKey())
                .path("/")
                .maxAge(Duration.ofDays(1))
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .body(Map.of("apiKey", props.getProjectApiKey(), "apiHost", props.getHost()));
    }

    /** Ops console: shows which PostHog project this instance reports to. */
    @GetMapping("/internal/posthog")
    public PostHogProperties posthogSettings() {
        return props;
    }

    @GetMapping("/internal/flags")
    public List<String> flags() {
        return flagAdmin.flagKeys();
    }

    @PostMapping("/internal/flags/{flagId}")
    public ResponseEntity<Void> toggle(@PathVariable String flagId, @RequestParam boolean active) {
        flagAdmin.setActive(flagId, active);
        return ResponseEntity.noContent().build();
    }
}
