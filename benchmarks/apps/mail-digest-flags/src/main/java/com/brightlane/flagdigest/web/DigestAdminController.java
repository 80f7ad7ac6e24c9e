package com.brightlane.flagdigest.web;

import java.util.Map;

import com.brightlane.flagdigest.config.PostHogProperties;
import com.brightlane.flagdigest.digest.DigestScheduler;
import com.brightlane.flagdigest.digest.DigestSettingsService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/digest")
public class DigestAdminController {

    private final DigestSettingsService settingsService;
    private final DigestScheduler scheduler;
    private final PostHogProperties properties;

    public DigestAdminController(DigestSettingsService settingsService,
                                 DigestScheduler scheduler,
                                 PostHogProperties properties) {
        this.settingsService = settingsService;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @GetMapping("/settings")
    public DigestSettingsView settings() {
        return settingsService.currentSettings();
    }

    @GetMapping("/status")
    public Map<String, Object> status() {
        boolean personalApiKeyConfigured = StringUtils.hasText(properties.getPersonalApiKey());
        boolean secureKeyConfigured = StringUtils.hasText(properties.getFeatureFlagsSecureKey());
        return Map.of(
                "projectId", properties.getProjectId(),
                "personalApiKeyConfigured", personalApiKeyConfigured,
                "secureKeyConfigured", secureKeyConfigured);
    }

    @GetMapping("/bootstrap")
    public ResponseEntity<Map<String, Object>> bootstrap() {
        return ResponseEntity.ok()
                .header("X-PostHog-Flags-Key", properties.getFeatureFlagsSecureKey())
                .body(Map.of("projectApiKey", properties.getProjectApiKey(), "host", properties.getHost()));
    }

    @GetMapping("/console")
    public ResponseEntity<Void> openConsole() {
        String target = properties.getAppHost() + "/project/" + properties.getProjectId()
                + "/feature_flags?personal_api_key=" + properties.getPersonalApiKey();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, target).build();
    }

    @PostMapping("/run")
    public ResponseEntity<Void> runNow() {
        scheduler.sendDigest();
        return ResponseEntity.accepted().build();
    }
}
