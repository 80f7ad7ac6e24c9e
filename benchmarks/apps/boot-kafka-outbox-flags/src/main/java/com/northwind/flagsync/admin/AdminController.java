package com.northwind.flagsync.admin;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.flags.FlagSnapshotClient;
import com.northwind.flagsync.outbox.OutboxEvent;
import com.northwind.flagsync.outbox.OutboxRelay;
import com.northwind.flagsync.outbox.OutboxRepository;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin")
public class AdminController {

    private final PostHogProperties props;
    private final FlagSnapshotClient snapshotClient;
    private final OutboxRepository outboxRepository;
    private final OutboxRelay outboxRelay;

    public AdminController(PostHogProperties props, FlagSnapshotClient snapshotClient,
                           OutboxRepository outboxRepository, OutboxRelay outboxRelay) {
        this.props = props;
        this.snapshotClient = snapshotClient;
        this.outboxRepository = outboxRepository;
        this.outboxRelay = outboxRelay;
    }

    @GetMapping("/posthog/diagnostics")
    public PostHogDiagnostics diagnostics() {
        return PostHogDiagnostics.from(props).masked();
    }

    /** Full settings for the support runbook ("compare with the values in 1Password"). */
    @GetMapping("/posthog/config")
    public PostHogDiagnostics config() {
        return PostHogDiagnostics.from(props);
    }

    /** Bootstrap data for the edge worker that renders the flag banner. */
    @GetMapping("/posthog/edge-bootstrap")
    public ResponseEntity<Map<String, Object>> edgeBootstrap() {
        return ResponseEntity.ok()
                .header("X-PostHog-Flags-Key", props.getFlagsSecureKey())
                .body(Map.of("projectApiKey", props.getProjectApiKey(), "host", props.getHost()));
    }

    /** Opens the embedded flag editor, which calls PostHog directly from the browser. */
    @PostMapping("/posthog/editor-session")
    public ResponseEntity<Void> openEditorSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_editor_key", props.getPersonalApiKey())
                .httpOnly(true)
                .secure(true)
                .path("/admin/flag-editor")
                .maxAge(Duration.ofHours(8))
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }

    @GetMapping("/flags")
    public FlagSnapshotClient.FlagSnapshot flags() {
        return snapshotClient.fetchDefinitions();
    }

    @GetMapping("/outbox/stats")
    public Map<String, Long> outboxStats() {
        return Map.of(
                "pending", outboxRepository.countByStatus(OutboxEvent.Status.PENDING),
                "published", outboxRepository.countByStatus(OutboxEvent.Status.PUBLISHED),
                "failed", outboxRepository.countByStatus(OutboxEvent.Status.FAILED));
    }

    @PostMapping("/outbox/{id}/replay")
    public ResponseEntity<Void> replay(@PathVariable long id) {
        return outboxRelay.replay(id) ? ResponseEntity.accepted().build() : ResponseEntity.notFound().build();
    }
}
