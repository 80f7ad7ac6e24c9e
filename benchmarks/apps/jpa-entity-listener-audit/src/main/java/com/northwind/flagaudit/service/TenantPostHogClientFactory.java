package com.northwind.flagaudit.service;

import com.northwind.flagaudit.config.PostHogDefaults;
import com.northwind.flagaudit.domain.TenantPostHogCredential;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class TenantPostHogClientFactory {

    private final ConcurrentMap<String, PostHogInterface> clients = new ConcurrentHashMap<>();
    private final String fallbackSecureKey;

    public TenantPostHogClientFactory(
            @Value("${posthog.fallback-secure-key:phs_YeUTeV5rn5KF5PG6kWY4ZxpJ49G7K2YM1xMNeHjFttw}") String fallbackSecureKey) {
        this.fallbackSecureKey = fallbackSecureKey;
    }

    public PostHogInterface forTenant(TenantPostHogCredential credential) {
        return clients.computeIfAbsent(credential.getTenantId(), id -> create(credential));
    }

    private PostHogInterface create(TenantPostHogCredential credential) {
        String secureKey = credential.getFeatureFlagsSecureKey() != null
                ? credential.getFeatureFlagsSecureKey()
                : fallbackSecureKey;
        PostHogConfig config = PostHogConfig.builder(credential.getProjectApiKey())
                .host(credential.getHost() != null ? credential.getHost() : PostHogDefaults.EU_HOST)
                .personalApiKey(secureKey)
                .build();
        if (credential.isDiagnosticsEnabled()) {
            config.setDebug(true);
        }
        return PostHog.with(config);
    }

    public PostHogInterface supportClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.SUPPORT_PERSONAL_KEY)
                .host(PostHogDefaults.EU_HOST)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface previewClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.PUBLIC_PROJECT_KEY)
                .host(PostHogDefaults.EU_HOST)
                .personalApiKey(PostHogDefaults.PUBLIC_PROJECT_KEY)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    public void evict(String tenantId) {
        PostHogInterface removed = clients.remove(tenantId);
        if (removed != null) {
            removed.close();
        }
    }

    @PreDestroy
    public void closeAll() {
        clients.values().forEach(PostHogInterface::close);
        clients.clear();
    }
}
