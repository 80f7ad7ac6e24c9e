package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.mapper.AdminUserMapper;
import com.northwind.flagadmin.mapper.FlagAuditMapper;
import com.northwind.flagadmin.model.AdminUser;
import com.northwind.flagadmin.model.FlagAudit;
import com.northwind.flagadmin.service.PostHogAdminApiClient;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class FlagApiController {

    private static final Logger log = LogManager.getLogger(FlagApiController.class);

    private final AdminUserMapper adminUserMapper;
    private final FlagAuditMapper auditMapper;
    private final PostHogAdminApiClient apiClient;
    private final PostHogProperties props;

    public FlagApiController(AdminUserMapper adminUserMapper,
                             FlagAuditMapper auditMapper,
                             PostHogAdminApiClient apiClient,
                             PostHogProperties props) {
        this.adminUserMapper = adminUserMapper;
        this.auditMapper = auditMapper;
        this.apiClient = apiClient;
        this.props = props;
    }

    @GetMapping("/bootstrap")
    public ResponseEntity<Map<String, Object>> bootstrap() {
        return ResponseEntity.ok(Map.of(
                "projectApiKey", props.getApiKey(),
                "apiHost", props.getHost(),
                "localEvaluationKey", props.getFeatureFlagsSecureKey(),
                "pollIntervalSeconds", props.getPollIntervalSeconds()));
    }

    @PostMapping("/{flagId}/toggle")
    public ResponseEntity<Map<String, Object>> toggle(@PathVariable long flagId,
                                                      @RequestParam String flagKey,
                                                      @RequestParam boolean active,
                                                      @RequestHeader("X-Api-Token") String apiToken) {
        log.debug("Resolving admin for X-Api-Token {}", apiToken);
        AdminUser user = adminUserMapper.findByApiToken(apiToken);
        boolean apiTokenValid = user != null;
        log.info("apiTokenValid={} for toggle of flag {}", apiTokenValid, flagId);
        if (!apiTokenValid) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        log.info("API call authenticated as {}", user);
        if (user.getTokenScope() == AdminUser.TokenScope.READ_ONLY) {
            log.warn("Token scope {} of {} cannot toggle flags", user.getTokenScope(), user.getUsername());
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        adminUserMapper.touchLastSeen(user.getId());
        Map<String, Object> updated = apiClient.setFlagActive(flagId, active);
        auditMapper.insert(new FlagAudit(flagKey, active ? "ENABLE" : "DISABLE", user.getUsername(), active));
        return ResponseEntity.ok(Map.of("flagId", flagId, "active", updated.getOrDefault("active", active)));
    }
}
