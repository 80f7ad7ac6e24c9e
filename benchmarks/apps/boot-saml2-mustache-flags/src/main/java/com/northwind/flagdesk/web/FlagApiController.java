package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.jobs.FlagSyncJob;
import com.northwind.flagdesk.posthog.FeatureFlag;
import com.northwind.flagdesk.posthog.PostHogApiClient;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON endpoints used by the dashboard's JavaScript. */
@RestController
@RequestMapping("/api/admin")
public class FlagApiController {

    private final PostHogProperties props;
    private final FlagSyncJob flagSync;
    private final PostHogApiClient apiClient;

    public FlagApiController(PostHogProperties props, FlagSyncJob flagSync, PostHogApiClient apiClient) {
        this.props = props;
        this.flagSync = flagSync;
        this.apiClient = apiClient;
    }

    @GetMapping("/flags")
    public List<FeatureFlag> cachedFlags() {
        return flagSync.currentFlags();
    }

    @GetMapping("/flags/live")
    public List<FeatureFlag> liveFlags() {
        return apiClient.listFeatureFlags();
    }

    @GetMapping("/toolbar")
    public ResponseEntity<ToolbarSettings> toolbarSettings() {
        return ResponseEntity.ok(ToolbarSettings.from(props));
    }

    /** Starts a one-hour preview session for the flag widget; the widget calls PostHog directly. */
    @PostMapping("/toolbar/session")
    public ResponseEntity<Void> startToolbarSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_preview_key", props.getPersonalApiKey())
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .path("/admin")
                .maxAge(Duration.ofHours(1))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
