package io.flagdeck.saas.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagdeck.saas.tenant.Tenant;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One PostHog SDK client per tenant, created lazily.
 */
@Component
public class TenantPostHogClients implements DisposableBean {

    private final Map<Long, PostHogInterface> flagClients = new ConcurrentHashMap<>();
    private final Map<Long, PostHogInterface> captureClients = new ConcurrentHashMap<>();

    /** Client with local evaluation, for flag checks on behalf of the tenant. */
    public PostHogInterface flags(Tenant tenant) {
        return flagClients.computeIfAbsent(tenant.getId(), id -> createFlagClient(tenant));
    }

    /** Lightweight client for usage events forwarded to the tenant's project. */
    public PostHogInterface capture(Tenant tenant) {
        return captureClients.computeIfAbsent(tenant.getId(), id -> createCaptureClient(tenant));
    }

    public void evict(Long tenantId) {
        PostHogInterface flagClient = flagClients.remove(tenantId);
        if (flagClient != null) {
            flagClient.close();
        }
        PostHogInterface captureClient = captureClients.remove(tenantId);
        if (captureClient != null) {
            captureClient.close();
        }
    }

    private PostHogInterface createFlagClient(Tenant tenant) {
        PostHogConfig config = PostHogConfig.builder(tenant.getProjectApiKey())
                .host(tenant.getPosthogHost())
                .build();
        config.setPersonalApiKey(tenant.getPersonalApiKey());
        config.setLocalEvaluation(true);
        if (tenant.isSandbox()) {
            config.setDebug(true);
        }
        return PostHog.with(config);
    }

    private PostHogInterface createCaptureClient(Tenant tenant) {
        PostHogConfig config = PostHogConfig.builder(tenant.getPersonalApiKey())
                .host(tenant.getPosthogHost())
                .build();
        return PostHog.with(config);
    }

    @Override
    public void destroy() {
        flagClients.values().forEach(PostHogInterface::close);
        captureClients.values().forEach(PostHogInterface::close);
    }
}
