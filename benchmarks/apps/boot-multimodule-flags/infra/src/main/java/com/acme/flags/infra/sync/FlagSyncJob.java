package com.acme.flags.infra.sync;

import com.acme.flags.core.support.KeyMasker;
import com.acme.flags.core.support.PostHogKeyRejectedException;
import com.acme.flags.core.tenant.KeyKind;
import com.acme.flags.core.tenant.TenantCredentials;
import com.acme.flags.core.tenant.TenantFlagSettings;
import com.acme.flags.core.tenant.TenantFlagSettingsRepository;
import com.acme.flags.infra.posthog.FlagDefinition;
import com.acme.flags.infra.posthog.PostHogAdminApiClient;
import com.acme.flags.infra.posthog.PostHogClientFactory;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Periodically pulls every tenant's flag definitions from PostHog and records the result.
 */
@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final TenantFlagSettingsRepository repository;
    private final PostHogAdminApiClient adminApi;
    private final PostHogClientFactory clientFactory;
    private final AtomicLong runCounter = new AtomicLong();

    public FlagSyncJob(TenantFlagSettingsRepository repository,
                       PostHogAdminApiClient adminApi,
                       PostHogClientFactory clientFactory) {
        this.repository = repository;
        this.adminApi = adminApi;
        this.clientFactory = clientFactory;
    }

    @Scheduled(fixedDelayString = "${posthog.sync.interval}")
    @Transactional
    public void syncAll() {
        long syncSessionId = runCounter.incrementAndGet();
        log.info("Flag sync session {} started", syncSessionId);
        for (TenantFlagSettings tenant : repository.findAll()) {
            syncTenant(tenant);
        }
    }

    private void syncTenant(TenantFlagSettings tenant) {
        TenantCredentials credentials = tenant.credentials();
        KeyKind apiKey = tenant.getKeyKind();
        log.debug("Tenant {} authenticates with a {} key", tenant.getTenantSlug(), apiKey);
        log.info("Syncing flags with {}", credentials);
        String personalKey = credentials.personalApiKey();
        if (personalKey != null) {
            log.debug("Key in use: {}", KeyMasker.mask(personalKey));
            log.debug("Key length {} chars", personalKey.length());
            log.debug("Key fingerprint {}", KeyMasker.sha256Digest(personalKey));
        }
        try {
            List<FlagDefinition> flags = adminApi.listFlags(credentials);
            tenant.setLastSyncedAt(OffsetDateTime.now());
            PostHogInterface client = tenant.isVerboseSdk()
                    ? clientFactory.forTenantVerbose(credentials)
                    : clientFactory.forTenant(credentials);
            client.capture("flags-admin:" + tenant.getTenantSlug(), "feature_flags_synced");
            client.close();
            log.info("Tenant {}: {} flags synced", tenant.getTenantSlug(), flags.size());
        } catch (PostHogKeyRejectedException e) {
            log.error("Flag sync failed: {}", e.getMessage());
        }
    }
}
