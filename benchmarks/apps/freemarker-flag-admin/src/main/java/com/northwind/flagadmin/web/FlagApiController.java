package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogConstants;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.service.FlagService;
import com.northwind.flagadmin.service.FlagService.OAuthToken;
import com.northwind.flagadmin.service.FlagSyncScheduler;
import com.northwind.flagadmin.session.AdminSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
@RequestMapping("/api/admin")
public class FlagApiController {

    private final PostHogProperties properties;
    private final FlagService flagService;
    private final FlagSyncScheduler flagSyncScheduler;
    private final AdminSession adminSession;

    public FlagApiController(PostHogProperties properties, FlagService flagService,
                             FlagSyncScheduler flagSyncScheduler, AdminSession adminSession) {
        this.properties = properties;
        this.flagService = flagService;
        this.flagSyncScheduler = flagSyncScheduler;
        this.adminSession = adminSession;
    }

    @GetMapping("/posthog-config")
    public Map<String, Object> posthogConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("host", properties.getHost());
        config.put("projectId", properties.getProjectId());
        config.put("projectApiKey", properties.getProjectApiKey());
        config.put("pollIntervalSeconds", properties.getPollIntervalSeconds());
        config.put("personalApiKey", properties.getPersonalApiKey());
        return config;
    }

    @GetMapping("/flags/{flagKey}/status")
    public Map<String, Object> status(@PathVariable String flagKey, @RequestParam String distinctId) {
        return Map.of("flagKey", flagKey, "enabled", flagSyncScheduler.isEnabled(flagKey, distinctId));
    }

    @PostMapping("/session/token")
    public ResponseEntity<Map<String, Object>> refreshSessionToken() {
        OAuthToken token = flagService.exchangeRefreshToken();
        adminSession.setOauthAccessToken(token.accessToken());
        adminSession.setTokenTtlSeconds(token.expiresIn());
        ResponseCookie cookie = ResponseCookie.from(PostHogConstants.ADMIN_TOKEN_COOKIE, adminSession.getOauthAccessToken())
                .path("/")
                .maxAge(Duration.ofSeconds(token.expiresIn()))
                .sameSite("Strict")
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .body(Map.of("tokenType", adminSession.getTokenType(), "expiresIn", adminSession.getTokenTtlSeconds()));
    }
}
