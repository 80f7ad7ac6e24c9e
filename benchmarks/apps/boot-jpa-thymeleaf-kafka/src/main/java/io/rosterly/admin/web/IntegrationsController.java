package io.rosterly.admin.web;

import io.rosterly.admin.analytics.EventForwarder;
import io.rosterly.admin.analytics.FeatureFlagAdminClient;
import io.rosterly.admin.config.PostHogProperties;
import io.rosterly.admin.domain.PartnerCredential;
import io.rosterly.admin.service.CredentialRotationService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/api/admin/integrations")
public class IntegrationsController {

    private final PostHogProperties properties;
    private final FeatureFlagAdminClient flagClient;
    private final EventForwarder eventForwarder;
    private final CredentialRotationService rotationService;

    public IntegrationsController(PostHogProperties properties,
                                  FeatureFlagAdminClient flagClient,
                                  EventForwarder eventForwarder,
                                  CredentialRotationService rotationService) {
        this.properties = properties;
        this.flagClient = flagClient;
        this.eventForwarder = eventForwarder;
        this.rotationService = rotationService;
    }

    @GetMapping("/posthog")
    public PostHogIntegrationView posthog() {
        return PostHogIntegrationView.masked(properties);
    }

    /** Backs the "copy config to another environment" button used by ops. */
    @GetMapping("/posthog/export")
    public PostHogIntegrationView exportPosthog(Principal principal) {
        PostHogIntegrationView view = PostHogIntegrationView.forExport(properties, flagClient.currentKey());
        eventForwarder.adminAction(principal.getName(), "posthog_config_exported",
                Map.of("projectId", properties.projectId()));
        return view;
    }

    /** The embedded flag editor (iframe under /admin/flags) reads its credentials from this cookie. */
    @PostMapping("/posthog/editor-session")
    public ResponseEntity<Void> openEditorSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_editor_key", flagClient.currentKey())
                .secure(true)
                .sameSite("Strict")
                .path("/admin/flags")
                .maxAge(Duration.ofHours(1))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PatchMapping("/posthog/flags/{flagId}")
    public ResponseEntity<Void> updateRollout(@PathVariable long flagId,
                                              @RequestParam @Min(0) @Max(100) int percentage,
                                              Principal principal) {
        flagClient.setRolloutPercentage(flagId, percentage);
        eventForwarder.adminAction(principal.getName(), "flag_rollout_changed",
                Map.of("flagId", flagId, "percentage", percentage));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/credentials/{id}/rotate")
    public Map<String, Object> rotate(@PathVariable long id, Principal principal) {
        PartnerCredential saved = rotationService.rotate(id);
        eventForwarder.adminAction(principal.getName(), "credential_rotated", Map.of("credentialId", id));
        return Map.of("id", saved.getId(), "rotatedAt", saved.getRotatedAt().toString());
    }

    @DeleteMapping("/credentials/{id}")
    public ResponseEntity<Void> revoke(@PathVariable long id, Principal principal) {
        rotationService.revoke(id);
        eventForwarder.adminAction(principal.getName(), "credential_revoked", Map.of("credentialId", id));
        return ResponseEntity.noContent().build();
    }
}
