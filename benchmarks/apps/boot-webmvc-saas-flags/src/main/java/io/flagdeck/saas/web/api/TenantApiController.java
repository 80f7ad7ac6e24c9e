package io.flagdeck.saas.web.api;

import io.flagdeck.saas.posthog.TenantPostHogClients;
import io.flagdeck.saas.tenant.Tenant;
import io.flagdeck.saas.tenant.TenantResolverFilter;
import io.flagdeck.saas.tenant.TenantService;
import io.flagdeck.saas.util.KeyMasker;
import io.flagdeck.saas.web.dto.TenantCredentials;
import io.flagdeck.saas.web.dto.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@RequestMapping("/api/v1")
public class TenantApiController {

    private static final Logger log = LoggerFactory.getLogger(TenantApiController.class);

    private final TenantService tenantService;
    private final TenantPostHogClients clients;

    public TenantApiController(TenantService tenantService, TenantPostHogClients clients) {
        this.tenantService = tenantService;
        this.clients = clients;
    }

    @GetMapping("/tenants/{slug}")
    public TenantSummary tenant(@PathVariable String slug) {
        return TenantSummary.from(tenantService.requireBySlug(slug));
    }

    @GetMapping("/tenants/{slug}/credentials")
    public ResponseEntity<TenantCredentials> credentials(@PathVariable String slug) {
        Tenant tenant = tenantService.requireBySlug(slug);
        return ResponseEntity.ok(TenantCredentials.from(tenant));
    }

    @GetMapping("/tenants/{slug}/keys/{kind}")
    public KeyStatus keyStatus(@PathVariable String slug, @PathVariable Tenant.KeyKind kind) {
        Tenant.KeyKind apiKey = kind;
        log.info("Key status requested for tenant {} ({})", slug, apiKey);
        Tenant tenant = tenantService.requireBySlug(slug);
        String value = apiKey == Tenant.KeyKind.PROJECT ? tenant.getProjectApiKey() : tenant.getPersonalApiKey();
        return new KeyStatus(apiKey, value != null, KeyMasker.mask(value));
    }

    @GetMapping("/flags/{flagKey}")
    public Map<String, Object> evaluate(@RequestAttribute(TenantResolverFilter.TENANT_ATTRIBUTE) Tenant tenant,
                                        @PathVariable String flagKey,
                                        @RequestParam String distinctId) {
        boolean enabled = clients.flags(tenant).isFeatureEnabled(distinctId, flagKey, false);
        return Map.of("tenant", tenant.getSlug(), "flag", flagKey, "enabled", enabled);
    }

    public record KeyStatus(Tenant.KeyKind kind, boolean configured, String masked) {
    }
}
