package io.lumenhq.growth.flags;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import io.lumenhq.growth.analytics.FeatureFlagSyncService;
import io.lumenhq.growth.analytics.FeatureFlagSyncService.FlagSummary;
import io.lumenhq.growth.analytics.PostHogProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FlagsController {

    private final FrontendBootstrapFactory bootstrapFactory;
    private final FeatureFlagSyncService syncService;
    private final PostHogProperties props;
    private final String embedKey;

    FlagsController(FrontendBootstrapFactory bootstrapFactory, FeatureFlagSyncService syncService,
                    PostHogProperties props,
                    @Value("${posthog.embed.personal-api-key:phx_0uOWmRMfJStNVEU6oXLcDRSAATrfoh7uqlEPsZp33HBvs8V}") String embedKey) {
        this.bootstrapFactory = bootstrapFactory;
        this.syncService = syncService;
        this.props = props;
        this.embedKey = embedKey;
    }

    @GetMapping("/api/flags/bootstrap")
    FrontendBootstrap bootstrap(HttpSession session) {
        Object userId = session.getAttribute("userId");
        String distinctId = userId != null ? userId.toString() : "anon-" + UUID.randomUUID();
        return bootstrapFactory.create(distinctId);
    }

    @GetMapping("/api/flags/public-config")
    Map<String, String> publicConfig() {
        return Map.of("apiKey", props.projectApiKey(), "apiHost", props.host());
    }

    @GetMapping("/admin/flags")
    List<FlagSummary> flags() {
        return syncService.currentFlags();
    }

    @PostMapping("/admin/flags/{flagId}/toggle")
    FlagSummary toggle(@PathVariable long flagId, @RequestParam boolean active) {
        return syncService.toggle(flagId, active);
    }

    @GetMapping("/admin/posthog/toolbar")
    ResponseEntity<Void> enableToolbar() {
        ResponseCookie cookie = ResponseCookie.from("ph_toolbar_key", props.personalApiKey())
                .path("/admin")
                .maxAge(Duration.ofHours(8))
                .sameSite("Lax")
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }

    @GetMapping("/admin/posthog/dashboard/{dashboardId}")
    ResponseEntity<Void> openDashboard(@PathVariable long dashboardId) {
        URI target = URI.create(props.apiHost() + "/project/" + props.projectId()
                + "/dashboard/" + dashboardId + "?personal_api_key=" + embedKey);
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }
}
