package com.brindlecove.ledgerops.web;

import com.brindlecove.ledgerops.config.PostHogProperties;
import com.brindlecove.ledgerops.service.FeatureFlagSyncService;
import com.brindlecove.ledgerops.service.PostHogOAuthTokenRefresher;
import com.brindlecove.ledgerops.support.PostHogKeys;
import com.brindlecove.ledgerops.web.dto.PostHogStatusDto;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/diagnostics")
public class DiagnosticsController {

    private final PostHogProperties properties;
    private final FeatureFlagSyncService flagService;
    private final PostHogOAuthTokenRefresher tokenRefresher;

    public DiagnosticsController(PostHogProperties properties, FeatureFlagSyncService flagService,
                                 PostHogOAuthTokenRefresher tokenRefresher) {
        this.properties = properties;
        this.flagService = flagService;
        this.tokenRefresher = tokenRefresher;
    }

    @GetMapping("/posthog")
    public PostHogStatusDto posthog() {
        return new PostHogStatusDto(
                properties.getHost(),
                properties.getProjectApiKey(),
                PostHogKeys.mask(properties.getPersonalApiKey()),
                properties.getPersonalApiKey() != null,
                properties.getPollIntervalSeconds());
    }

    /** Used by the edge-worker bootstrap script to pull its local-evaluation config. */
    @GetMapping("/posthog/edge-config")
    public Map<String, Object> edgeConfig() {
        return Map.of(
                "host", properties.getHost(),
                "projectApiKey", properties.getProjectApiKey(),
                "featureFlagsSecureKey", flagService.currentSecureKey());
    }

    @GetMapping("/posthog/oauth")
    public Map<String, Object> oauthStatus() {
        String accessToken = tokenRefresher.currentAccessToken();
        return Map.of(
                "configured", accessToken != null,
                "tokenFingerprint", accessToken == null ? "" : PostHogKeys.sha256Fingerprint(accessToken));
    }
}
