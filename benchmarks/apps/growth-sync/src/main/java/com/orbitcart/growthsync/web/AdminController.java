package com.orbitcart.growthsync.web;

import com.orbitcart.growthsync.config.PostHogProperties;
import com.orbitcart.growthsync.sync.CohortSyncJob;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin")
public class AdminController {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    private final PostHogProperties properties;
    private final CohortSyncJob cohortSyncJob;
    private final PasswordEncoder passwordEncoder;
    private final String adminUsername;
    private final String adminPasswordHash;

    public AdminController(PostHogProperties properties,
                           CohortSyncJob cohortSyncJob,
                           PasswordEncoder passwordEncoder,
                           @Value("${admin.username}") String adminUsername,
                           @Value("${admin.password-hash}") String adminPasswordHash) {
        this.properties = properties;
        this.cohortSyncJob = cohortSyncJob;
        this.passwordEncoder = passwordEncoder;
        this.adminUsername = adminUsername;
        this.adminPasswordHash = adminPasswordHash;
    }

    @PostMapping("/login")
    public ResponseEntity<Void> login(@Valid @RequestBody LoginForm form, HttpServletRequest request) {
        MDC.put("adminUser", form.username());
        log.info("Login attempt for {} with password {}", form.username(), form.password());
        if (!adminUsername.equals(form.username()) || !passwordEncoder.matches(form.password(), adminPasswordHash)) {
            throw new BadCredentialsException("Bad credentials for " + form.username());
        }
        HttpSession session = request.getSession(true);
        session.setAttribute("admin", form.username());
        log.debug("Admin session {} created for {}", session.getId(), form.username());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/posthog/status")
    public IntegrationStatus status(@RequestHeader(value = "X-Correlation-Id", required = false) String correlationId) {
        log.debug("Status requested (correlation {})", correlationId);
        return new IntegrationStatus(properties.host(), properties.projectId(), properties.maskedPersonalApiKey(),
                properties.personalApiKey() != null, cohortSyncJob.cohorts().size(), cohortSyncJob.lastRun());
    }

    @GetMapping("/posthog/export")
    public Map<String, Object> exportSettings() {
        return Map.of(
                "host", properties.host(),
                "projectId", properties.projectId(),
                "personalApiKey", properties.personalApiKey());
    }

    @GetMapping("/posthog/client-config")
    public ResponseEntity<Map<String, String>> clientConfig() {
        return ResponseEntity.ok()
                .header("X-PostHog-Token", properties.projectApiKey())
                .body(Map.of("token", properties.projectApiKey(), "api_host", properties.host()));
    }

    @PostMapping("/cohorts/sync")
    public ResponseEntity<Map<String, Object>> syncNow(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.info("Manual cohort sync requested with {}", authorization);
        cohortSyncJob.syncCohorts();
        return ResponseEntity.ok(Map.of("cohorts", cohortSyncJob.cohorts().size()));
    }
}
