package com.northwind.flags.web;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.support.KeyMasker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/**
 * Endpoints used by the internal flag-admin single-page app.
 */
@RestController
@RequestMapping("/admin/frontend")
public class FlagAdminController {

    private final PostHogProperties properties;

    public FlagAdminController(PostHogProperties properties) {
        this.properties = properties;
    }

    public record BootstrapResponse(String apiKey, String apiHost, String flagsSecureKey, long projectId) {
    }

    public record KeyStatus(boolean personalKeyConfigured, String personalKeyPreview, int secureKeyLength) {
    }

    @GetMapping("/bootstrap")
    public ResponseEntity<BootstrapResponse> bootstrap() {
        BootstrapResponse body = new BootstrapResponse(
                properties.getProjectApiKey(),
                properties.getHost(),
                properties.getSecureApiKey(),
                properties.getProjectId());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/project-token")
    public Map<String, String> projectToken() {
        return Map.of("token", properties.getProjectApiKey(), "host", properties.getHost());
    }

    @GetMapping("/key-status")
    public KeyStatus keyStatus() {
        String secureKey = properties.getSecureApiKey();
        return new KeyStatus(
                properties.hasPersonalApiKey(),
                KeyMasker.mask(properties.getPersonalApiKey()),
                secureKey == null ? 0 : secureKey.length());
    }

    /**
     * Remembers the flags key in the browser so the admin app's flag preview survives reloads.
     */
    @PostMapping("/flags-session")
    public ResponseEntity<Void> startFlagsSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_key", properties.getSecureApiKey())
                .httpOnly(false)
                .secure(true)
                .sameSite("Strict")
                .path("/admin")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }
}
