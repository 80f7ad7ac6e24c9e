package com.brightquill.portal.web;

import com.brightquill.portal.config.PostHogProperties;
import com.brightquill.portal.dto.ProjectSettingsView;
import com.brightquill.portal.service.PostHogAdminService;
import com.brightquill.portal.util.KeyFingerprint;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

@Slf4j
@RestController
@RequestMapping("/api/admin")
@RequiredArgsConstructor
public class AdminSettingsController {

    enum ApiKeyStatus { CONFIGURED, MISSING }

    private final PostHogAdminService admin;
    private final PostHogProperties props;

    @GetMapping("/settings")
    public ResponseEntity<ProjectSettingsView> settings() {
        return ResponseEntity.ok(admin.currentSettings());
    }

    @GetMapping("/settings/summary")
    public Map<String, Object> summary() {
        ApiKeyStatus apiKeyStatus = StringUtils.hasText(props.getPersonalApiKey())
                ? ApiKeyStatus.CONFIGURED : ApiKeyStatus.MISSING;
        log.info("Settings summary requested, personal API key status {}", apiKeyStatus);
        return Map.of(
                "projectId", props.getProjectId(),
                "personalApiKey", KeyFingerprint.mask(props.getPersonalApiKey()),
                "status", apiKeyStatus.name());
    }

    /** Used by the flags preview iframe, which calls PostHog directly from the browser. */
    @PostMapping("/posthog-session")
    public ResponseEntity<Void> startPostHogSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_admin_key", props.getPersonalApiKey())
                .path("/admin")
                .maxAge(Duration.ofHours(1))
                .sameSite("Strict")
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }
}
