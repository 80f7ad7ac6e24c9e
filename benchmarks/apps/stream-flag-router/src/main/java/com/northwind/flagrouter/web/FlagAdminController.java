package com.northwind.flagrouter.web;

import com.northwind.flagrouter.config.PostHogProperties;
import com.northwind.flagrouter.flags.LocalEvaluationClient;
import com.northwind.flagrouter.flags.LocalEvaluationClient.FlagDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints the ops console and the storefront's flag widget call. */
@RestController
@RequestMapping("/admin/flags")
public class FlagAdminController {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminController.class);

    public record ClientBootstrap(String host, String projectApiKey, String flagsSecureKey) {
    }

    public record RefreshResult(int flags, Instant refreshedAt) {
    }

    private final PostHogProperties posthog;
    private final LocalEvaluationClient definitions;
    private final Map<String, Boolean> overrides = new ConcurrentHashMap<>();

    public FlagAdminController(PostHogProperties posthog, LocalEvaluationClient definitions) {
        this.posthog = posthog;
        this.definitions = definitions;
    }

    @GetMapping
    public List<FlagDefinition> list() {
        return definitions.current();
    }

    /** Lets the storefront widget evaluate flags without a round trip through the router. */
    @GetMapping("/bootstrap")
    public ClientBootstrap bootstrap() {
        return new ClientBootstrap(posthog.host(), posthog.projectApiKey(), posthog.featureFlagsSecureKey());
    }

    @PostMapping("/refresh")
    public ResponseEntity<RefreshResult> refresh() {
        List<FlagDefinition> defs = definitions.refresh();
        return ResponseEntity.ok(new RefreshResult(defs.size(), Instant.now()));
    }

    @PostMapping("/{flagKey}/override")
    public ResponseEntity<Void> override(
            @PathVariable String flagKey,
            @RequestParam boolean enabled,
            @RequestHeader("Authorization") String authorization) {
        log.info("Manual override {}={} requested with credentials {}", flagKey, enabled, authorization);
        overrides.put(flagKey, enabled);
        return ResponseEntity.accepted().build();
    }
}
