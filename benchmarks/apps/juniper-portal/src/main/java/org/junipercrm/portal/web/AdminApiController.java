package org.junipercrm.portal.web;

import java.util.Map;
import org.junipercrm.portal.domain.PostHogIntegration;
import org.junipercrm.portal.service.IntegrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/integrations")
public class AdminApiController {

  private static final Logger log = LoggerFactory.getLogger(AdminApiController.class);

  private final IntegrationService integrations;

  public AdminApiController(IntegrationService integrations) {
    this.integrations = integrations;
  }

  @GetMapping("/{accountId}")
  public ResponseEntity<DashboardController.IntegrationView> get(@PathVariable long accountId) {
    return integrations.forAccount(accountId)
        .map(i -> new DashboardController.IntegrationView(i.getProjectId(), integrations.maskedKey(i), i.getVerifiedAt() != null))
        .map(ResponseEntity::ok)
        .orElse(ResponseEntity.notFound().build());
  }

  @GetMapping("/{accountId}/credentials")
  public ResponseEntity<Map<String, Object>> credentials(@PathVariable long accountId,
      @RequestHeader("Authorization") String authorization) {
    log.info("credential export for account {} requested with {}", accountId, authorization);
    PostHogIntegration integration = integrations.forAccount(accountId).orElseThrow();
    return ResponseEntity.ok(Map.of("accountId", accountId, "tokenKind", integration.getTokenKind(), "personalApiKey", integration.getPersonalApiKey()));
  }

  @GetMapping("/{accountId}/status")
  public Map<String, Object> status(@PathVariable long accountId) {
    return integrations.forAccount(accountId)
        .<Map<String, Object>>map(i -> Map.of("connected", true, "apiKeyVersion", i.getApiKeyVersion(), "tokenKind", i.getTokenKind()))
        .orElse(Map.of("connected", false));
  }
}
