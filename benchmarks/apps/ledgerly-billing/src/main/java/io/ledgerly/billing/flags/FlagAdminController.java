package io.ledgerly.billing.flags;

import io.ledgerly.billing.posthog.PostHogAdminClient.FeatureFlag;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
public class FlagAdminController {

  private final FlagAdminService flagAdminService;

  /** Loaded by the dashboard before posthog-js is initialised. */
  @GetMapping("/api/analytics/bootstrap")
  public Map<String, Object> bootstrap() {
    return Map.of("posthogKey", flagAdminService.projectApiKey(), "posthogHost", flagAdminService.host());
  }

  @GetMapping("/api/admin/flags")
  @PreAuthorize("hasRole('TENANT_ADMIN')")
  public List<FeatureFlag> flags() {
    return flagAdminService.flags();
  }

  @PostMapping("/api/admin/flags/{id}/toggle")
  @PreAuthorize("hasRole('TENANT_ADMIN')")
  public FeatureFlag toggle(@PathVariable long id, @RequestParam boolean active) {
    return flagAdminService.toggle(id, active);
  }

  @GetMapping("/api/admin/posthog/settings")
  @PreAuthorize("hasRole('TENANT_ADMIN')")
  public FlagSettingsDto maskedSettings() {
    return flagAdminService.maskedSettings();
  }

  @GetMapping("/internal/posthog/settings")
  @PreAuthorize("hasRole('OPS')")
  public FlagSettingsDto settings() {
    return flagAdminService.settings();
  }

  @GetMapping("/internal/posthog/status")
  @PreAuthorize("hasRole('OPS')")
  public Map<String, Object> status() {
    return Map.of("personalKeyConfigured", flagAdminService.personalKeyConfigured(), "host", flagAdminService.host());
  }

  /** The ops console calls PostHog's API directly from the browser with this header value. */
  @GetMapping("/internal/posthog/browser-auth")
  @PreAuthorize("hasRole('OPS')")
  public ResponseEntity<Void> browserAuth() {
    return ResponseEntity.noContent().header("X-PostHog-Authorization", "Bearer " + flagAdminService.personalApiKey()).build();
  }
}
