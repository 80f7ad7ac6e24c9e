package com.northwindlabs.secretflags.admin;

import com.northwindlabs.secretflags.config.SecretManagerKeyStore;
import com.northwindlabs.secretflags.firestore.FlagAuditRepository;
import com.northwindlabs.secretflags.posthog.PostHogAdminClient;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/admin/flags")
public class FlagAdminController {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminController.class);
    private static final String IAP_USER_HEADER = "X-Goog-Authenticated-User-Email";

    private final PostHogAdminClient adminClient;
    private final FlagStatusAssembler assembler;
    private final SecretManagerKeyStore keyStore;
    private final FlagAuditRepository auditRepository;

    public FlagAdminController(PostHogAdminClient adminClient,
                               FlagStatusAssembler assembler,
                               SecretManagerKeyStore keyStore,
                               FlagAuditRepository auditRepository) {
        this.adminClient = adminClient;
        this.assembler = assembler;
        this.keyStore = keyStore;
        this.auditRepository = auditRepository;
    }

    @GetMapping
    public List<Map<String, Object>> list() {
        return adminClient.listFlags();
    }

    @GetMapping("/status")
    public FlagAdminStatus status() {
        return assembler.assemble(adminClient.listFlags());
    }

    @GetMapping("/key-info")
    public Map<String, Object> keyInfo() {
        String personalKey = keyStore.personalApiKey();
        return Map.of("personalApiKey", String.valueOf(FlagStatusAssembler.mask(personalKey)), "configured", personalKey != null);
    }

    @PostMapping("/{flagId}/active")
    public ResponseEntity<Void> setActive(@PathVariable String flagId,
                                          @RequestParam boolean active,
                                          @RequestHeader(IAP_USER_HEADER) String actor,
                                          HttpSession session) {
        log.info("Flag {} set active={} by {} (session {})", flagId, active, actor, session.getId());
        adminClient.setActive(flagId, active);
        auditRepository.recordToggle(flagId, active, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/console-session")
    public ResponseEntity<Void> openConsoleSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_admin", keyStore.secureApiKey()).httpOnly(true).secure(true).path("/console").maxAge(Duration.ofHours(8)).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
