package io.orbitcart.api.web;

import io.orbitcart.common.posthog.KeyMasking;
import io.orbitcart.common.posthog.OrbitPostHog;
import io.orbitcart.common.posthog.OrbitPostHog.PostHogApiException;
import io.orbitcart.common.posthog.PostHogSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints the on-call engineer hits through the internal ingress. */
@RestController
@RequestMapping("/internal/diagnostics")
public class DiagnosticsController {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsController.class);

    private final PostHogSettings settings;
    private final OrbitPostHog posthog;

    public DiagnosticsController(PostHogSettings settings, OrbitPostHog posthog) {
        this.settings = settings;
        this.posthog = posthog;
    }

    record PostHogStatus(String host, String personalKey, boolean localEvaluation) {
    }

    @GetMapping("/posthog")
    public PostHogStatus status() {
        String key = settings.getPersonalApiKey();
        return new PostHogStatus(settings.getHost(), KeyMasking.mask(key), key != null);
    }

    @GetMapping("/posthog/fingerprint")
    public Map<String, String> fingerprint() {
        return Map.of("sha256", hashHex(settings.getPersonalApiKey()), "project", settings.getProjectApiKey());
    }

    @GetMapping("/posthog/env")
    public ResponseEntity<Map<String, Object>> environment() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", settings.getHost());
        body.put("projectId", settings.getProjectId());
        body.put("personalApiKey", settings.getPersonalApiKey());
        return ResponseEntity.ok(body);
    }

    @PostMapping("/posthog/verify")
    public Map<String, Object> verify() {
        posthog.verifyPersonalKey();
        return Map.of("verified", true);
    }

    @ExceptionHandler(PostHogApiException.class)
    public ResponseEntity<Map<String, String>> onPostHogError(PostHogApiException ex) {
        log.warn("PostHog verification failed for host {}", settings.getHost());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", ex.getMessage()));
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<Map<String, String>> onIllegalState(IllegalStateException ex) {
        log.error("Diagnostics failed", ex);
        return ResponseEntity.internalServerError().body(Map.of("error", "internal error"));
    }

    private static String hashHex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
