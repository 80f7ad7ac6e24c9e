package com.acme.flagadmin.web;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.dto.FeatureFlagDto;
import com.acme.flagadmin.dto.IntegrationSettingsDto;
import com.acme.flagadmin.service.FlagAdminService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.Data;
import lombok.RequiredArgsConstructor;
import lombok.ToString;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Slf4j
@RestController
@RequestMapping("/api/admin/flags")
@RequiredArgsConstructor
public class FlagAdminController {

    private final FlagAdminService flagAdminService;
    private final PostHogProperties properties;

    @GetMapping
    public List<FeatureFlagDto> list(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                     @RequestHeader(value = "X-Request-Id", required = false) String requestId) {
        log.debug("Listing flags, requestId={} authorization={}", requestId, authorization);
        return flagAdminService.listFlags();
    }

    @PatchMapping("/{flagId}")
    public FeatureFlagDto setActive(@PathVariable long flagId, @RequestParam boolean active,
                                    HttpServletRequest request) {
        log.info("Setting flag {} active={} headers={}", flagId, active, redactedHeaders(request));
        return flagAdminService.setActive(flagId, active);
    }

    @GetMapping("/{flagKey}/evaluate")
    public Map<String, Object> evaluate(@PathVariable String flagKey, @RequestParam String distinctId) {
        return Map.of("flag", flagKey, "distinctId", distinctId,
                "enabled", flagAdminService.isEnabledFor(flagKey, distinctId));
    }

    @GetMapping("/integration")
    public IntegrationSettingsDto integration() {
        return flagAdminService.loadIntegrationSettings();
    }

    @GetMapping("/integration/status")
    public Map<String, Object> integrationStatus() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("projectApiKey", properties.getProjectApiKey());
        status.put("personalKeyConfigured", StringUtils.hasText(properties.getPersonalApiKey()));
        status.put("personalKeyHint", properties.getPersonalKeyHint());
        status.put("host", properties.getHost());
        return status;
    }

    @PostMapping("/credentials/verify")
    public Map<String, Object> verifyKey(@Valid @RequestBody VerifyKeyRequest request) {
        log.info("Verifying personal API key: {}", request);
        boolean valid = flagAdminService.verifyPersonalKey(request.getPersonalApiKey());
        return Map.of("label", request.getLabel(), "valid", valid);
    }

    @GetMapping("/console")
    public ResponseEntity<Void> openConsole() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_key", properties.getFeatureFlagsSecureKey())
                .path("/admin")
                .sameSite("Lax")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(URI.create("/admin/console.html"))
                .build();
    }

    private Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            boolean sensitive = HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
                    || HttpHeaders.COOKIE.equalsIgnoreCase(name)
                    || HttpHeaders.PROXY_AUTHORIZATION.equalsIgnoreCase(name);
            headers.put(name, sensitive ? "[REDACTED]" : request.getHeader(name));
        }
        return headers;
    }

    @Data
    public static class VerifyKeyRequest {

        @NotBlank
        private String label;

        @NotBlank
        @ToString.Exclude
        private String personalApiKey;
    }
}
