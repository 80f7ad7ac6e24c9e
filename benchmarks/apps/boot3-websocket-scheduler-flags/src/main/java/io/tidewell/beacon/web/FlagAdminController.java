package io.tidewell.beacon.web;

import io.tidewell.beacon.config.PostHogProperties;
import io.tidewell.beacon.flags.AuditEventPublisher;
import io.tidewell.beacon.flags.FlagSnapshot;
import io.tidewell.beacon.flags.FlagSyncJob;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@RequestMapping("/admin/flags")
public class FlagAdminController {

    private final FlagSyncJob flagSyncJob;
    private final AuditEventPublisher audit;
    private final PostHogProperties props;

    public FlagAdminController(FlagSyncJob flagSyncJob, AuditEventPublisher audit, PostHogProperties props) {
        this.flagSyncJob = flagSyncJob;
        this.audit = audit;
        this.props = props;
    }

    @GetMapping
    public FlagSnapshot current() {
        return flagSyncJob.latestSnapshot();
    }

    @PostMapping("/resync")
    public FlagSnapshot resync(@RequestHeader("X-Operator") String operator) {
        FlagSnapshot snapshot = flagSyncJob.syncNow();
        audit.operatorAction(operator, "flag_resync", Map.of("version", snapshot.version()));
        return snapshot;
    }

    /** Used by the ops runbook page to check which PostHog project and credentials the poller uses. */
    @GetMapping("/connection")
    public Map<String, Object> connection() {
        return Map.of(
                "host", props.host(),
                "projectApiKey", props.projectApiKey(),
                "personalApiKey", props.personalApiKey(),
                "pollIntervalSeconds", props.pollIntervalSeconds(),
                "cacheHitRate", flagSyncJob.cacheHitRate());
    }
}
