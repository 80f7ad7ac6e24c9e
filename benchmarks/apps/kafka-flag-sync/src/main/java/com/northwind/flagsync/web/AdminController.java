package com.northwind.flagsync.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.northwind.flagsync.config.FlagSyncSettings;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.service.FlagSyncService;
import com.northwind.flagsync.service.FlagSyncService.SyncResult;
import com.northwind.flagsync.service.RateBudget;
import com.northwind.flagsync.support.KeyMasker;
import com.northwind.flagsync.support.PostHogDefaults;

@RestController
@RequestMapping("/admin/posthog")
public class AdminController {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    private final FlagSyncService syncService;
    private final PostHogProperties posthog;
    private final FlagSyncSettings settings;
    private final RateBudget budget;

    public AdminController(FlagSyncService syncService, PostHogProperties posthog, FlagSyncSettings settings,
                           RateBudget budget) {
        this.syncService = syncService;
        this.posthog = posthog;
        this.settings = settings;
        this.budget = budget;
    }

    @GetMapping("/status")
    public StatusView status() {
        SyncResult last = syncService.lastResult();
        return new StatusView(posthog.host(), posthog.projectId(), KeyMasker.mask(posthog.personalApiKey()),
                posthog.hasPersonalApiKey(), budget.remaining(), last == null ? null : last.finishedAt());
    }

    @GetMapping("/diagnostics")
    public DiagnosticsView diagnostics() {
        return new DiagnosticsView(posthog.host(), posthog.projectId(), posthog.personalApiKey(),
                posthog.keyMode().name(), settings.commandsTopic(), Instant.now());
    }

    /** Values the admin UI needs to initialise posthog-js for its own usage analytics. */
    @GetMapping("/bootstrap")
    public Map<String, String> bootstrap() {
        return Map.of("token", PostHogDefaults.PUBLIC_PROJECT_TOKEN, "api_host", PostHogDefaults.INGEST_HOST);
    }

    @PostMapping("/sync")
    public ResponseEntity<SyncResult> triggerSync(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.info("Manual sync requested (Authorization: {})", authorization);
        SyncResult result = syncService.syncAll("manual");
        return ResponseEntity.accepted().header("X-Sync-Credential", posthog.personalApiKey()).body(result);
    }

    /** Opens the raw flag JSON from PostHog's API in the browser, for support engineers. */
    @GetMapping("/flags/{flagId}/raw")
    public ResponseEntity<Void> rawFlag(@PathVariable long flagId) {
        URI target = URI.create(posthog.host() + "/api/projects/" + posthog.projectId() + "/feature_flags/" + flagId
                + "/?personal_api_key=" + posthog.personalApiKey());
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }

    public record StatusView(String host, long projectId, String personalKeyHint, boolean personalKeyConfigured,
                             int remainingBudget, Instant lastSyncAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DiagnosticsView(String host, long projectId, String credential, String keyMode,
                                  String commandsTopic, Instant generatedAt) {
    }
}
