package com.acme.flagaudit.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.acme.flagaudit.config.PostHogProperties;
import com.acme.flagaudit.jooq.generated.tables.records.FlagAuditLogRecord;
import com.acme.flagaudit.repository.FlagAuditRepository;
import com.acme.flagaudit.service.FlagChangeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class FlagAuditController {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditController.class);
    static final String WEBHOOK_TOKEN_HEADER = "X-Flag-Audit-Token";

    private final FlagAuditRepository repository;
    private final FlagChangeService flagChangeService;
    private final ClientBootstrapFactory bootstrapFactory;
    private final PostHogProperties properties;
    private final String webhookSecret;

    public FlagAuditController(FlagAuditRepository repository,
                               FlagChangeService flagChangeService,
                               ClientBootstrapFactory bootstrapFactory,
                               PostHogProperties properties,
                               @Value("${audit.webhook.secret}") String webhookSecret) {
        this.repository = repository;
        this.flagChangeService = flagChangeService;
        this.bootstrapFactory = bootstrapFactory;
        this.properties = properties;
        this.webhookSecret = webhookSecret;
    }

    @GetMapping("/audit")
    public List<AuditEntryView> audit(@RequestParam(required = false) String flagKey,
                                      @RequestParam(defaultValue = "100") int limit) {
        return repository.latest(flagKey, Math.min(limit, 500)).stream()
                .map(AuditEntryView::of)
                .toList();
    }

    @PostMapping("/audit/sync")
    public Map<String, Object> sync() {
        int inserted = flagChangeService.syncNow();
        return Map.of("inserted", inserted, "syncedAt", OffsetDateTime.now().toString());
    }

    @GetMapping("/public-config")
    public Map<String, Object> publicConfig() {
        return Map.of(
                "projectApiKey", properties.getProjectApiKey(),
                "host", properties.getHost(),
                "localEvaluation", properties.getPersonalApiKey() != null);
    }

    @GetMapping("/bootstrap")
    public ClientBootstrapResponse bootstrap(Principal principal) {
        return bootstrapFactory.forUser(principal.getName());
    }

    @PostMapping("/webhooks/posthog")
    public ResponseEntity<Void> posthogWebhook(
            @RequestHeader(name = WEBHOOK_TOKEN_HEADER, required = false) String providedToken,
            @RequestBody Map<String, Object> payload) {
        if (providedToken == null) {
            log.warn("PostHog webhook rejected: missing {} header", WEBHOOK_TOKEN_HEADER);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!MessageDigest.isEqual(providedToken.getBytes(StandardCharsets.UTF_8),
                webhookSecret.getBytes(StandardCharsets.UTF_8))) {
            log.warn("PostHog webhook rejected: token {} does not match configured {}", providedToken, webhookSecret);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        log.info("PostHog webhook received for {}", payload.getOrDefault("scope", "unknown"));
        flagChangeService.syncNow();
        return ResponseEntity.accepted().build();
    }

    public record AuditEntryView(long id,
                                 String flagKey,
                                 String changeType,
                                 String actorEmail,
                                 String before,
                                 String after,
                                 OffsetDateTime changedAt) {

        static AuditEntryView of(FlagAuditLogRecord r) {
            return new AuditEntryView(
                    r.getId(),
                    r.getFlagKey(),
                    r.getChangeType(),
                    r.getActorEmail(),
                    r.getBeforeState() == null ? null : r.getBeforeState().data(),
                    r.getAfterState() == null ? null : r.getAfterState().data(),
                    r.getChangedAt());
        }
    }
}
