package com.corvanta.flaggate.web;

import com.corvanta.flaggate.config.PostHogProperties;
import com.corvanta.flaggate.mapping.AdminViewMapper;
import com.corvanta.flaggate.posthog.PostHogAdminClient;
import com.corvanta.flaggate.sync.FlagSyncService;
import com.corvanta.flaggate.util.KeyMasker;
import com.corvanta.flaggate.web.AdminViews.FlagView;
import com.corvanta.flaggate.web.AdminViews.PostHogConfigView;
import com.corvanta.flaggate.web.AdminViews.SyncStatusView;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
public class FlagAdminController {

    private final FlagSyncService syncService;
    private final PostHogAdminClient adminClient;
    private final AdminViewMapper mapper;
    private final PostHogProperties props;
    private final PostHogInterface audit;

    public FlagAdminController(FlagSyncService syncService, PostHogAdminClient adminClient, AdminViewMapper mapper,
                               PostHogProperties props, @Qualifier("auditPostHog") PostHogInterface audit) {
        this.syncService = syncService;
        this.adminClient = adminClient;
        this.mapper = mapper;
        this.props = props;
        this.audit = audit;
    }

    @GetMapping("/flags")
    public List<FlagView> flags() {
        return mapper.toViews(syncService.latestSnapshots());
    }

    @PostMapping("/sync")
    public FlagSyncService.SyncResult syncNow(@AuthenticationPrincipal Jwt caller) {
        FlagSyncService.SyncResult result = syncService.sync();
        audit.capture(caller.getSubject(), "flag_sync_triggered", Map.of("fetched", result.fetched()));
        return result;
    }

    @GetMapping("/flags/{key}/evaluate")
    public Map<String, Object> evaluate(@PathVariable String key, @RequestParam String distinctId) {
        Map<String, Object> flags = adminClient.evaluateForUser(distinctId);
        return Map.of("flag", key, "distinctId", distinctId, "response", flags);
    }

    @GetMapping("/posthog/config")
    public PostHogConfigView posthogConfig() {
        return mapper.toConfigView(props);
    }

    @GetMapping("/posthog/status")
    public SyncStatusView posthogStatus() {
        Instant last = syncService.latestSnapshots().isEmpty() ? null
                : syncService.latestSnapshots().get(0).getProjectLink().getLastSyncedAt();
        return new SyncStatusView(props.hasPersonalKey(), KeyMasker.mask(props.personalApiKey()), last);
    }
}
