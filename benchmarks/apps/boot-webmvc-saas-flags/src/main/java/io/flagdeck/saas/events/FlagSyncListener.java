package io.flagdeck.saas.events;

import io.flagdeck.saas.posthog.PostHogApiClient;
import io.flagdeck.saas.posthog.PostHogApiClient.PostHogApiException;
import io.flagdeck.saas.posthog.TenantPostHogClients;
import io.flagdeck.saas.tenant.Tenant;
import io.flagdeck.saas.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class FlagSyncListener {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncListener.class);

    private final TenantService tenantService;
    private final PostHogApiClient apiClient;
    private final TenantPostHogClients clients;

    public FlagSyncListener(TenantService tenantService, PostHogApiClient apiClient, TenantPostHogClients clients) {
        this.tenantService = tenantService;
        this.apiClient = apiClient;
        this.clients = clients;
    }

    @Async
    @EventListener
    public void onTenantOnboarded(TenantEvents.Onboarded event) {
        Tenant tenant = tenantService.require(event.tenantId());
        try {
            List<PostHogApiClient.FeatureFlag> flags = apiClient.listFeatureFlags(tenant);
            log.info("Initial sync for tenant {}: {} feature flags", event.slug(), flags.size());
            apiClient.captureConnectedEvent(tenant, "flagdeck-" + event.slug());
        } catch (PostHogApiException ex) {
            log.error("Initial flag sync failed for tenant {}", event.slug(), ex);
        }
    }

    @Async
    @EventListener
    public void onPersonalKeyRotated(TenantEvents.PersonalKeyRotated event) {
        log.info("Personal key rotated for tenant {} (new key has {} characters), rebuilding SDK client",
                event.slug(), event.keyLength());
        clients.evict(event.tenantId());
    }
}
