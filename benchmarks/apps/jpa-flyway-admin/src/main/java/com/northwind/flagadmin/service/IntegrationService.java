package com.northwind.flagadmin.service;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.domain.ProjectIntegration;
import com.northwind.flagadmin.repository.ProjectIntegrationRepository;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class IntegrationService {

    private static final Logger log = LogManager.getLogger(IntegrationService.class);

    private final ProjectIntegrationRepository integrations;
    private final PostHogAdminClient adminClient;
    private final PostHogProperties properties;

    public IntegrationService(ProjectIntegrationRepository integrations,
                              PostHogAdminClient adminClient,
                              PostHogProperties properties) {
        this.integrations = integrations;
        this.adminClient = adminClient;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public List<ProjectIntegration> listAll() {
        return integrations.findAllByOrderByDisplayNameAsc();
    }

    @Transactional(readOnly = true)
    public ProjectIntegration get(String tenantSlug) {
        return integrations.findByTenantSlug(tenantSlug)
                .orElseThrow(() -> new IntegrationNotFoundException(tenantSlug));
    }

    @Transactional
    public ProjectIntegration create(String tenantSlug, String displayName, long projectId,
                                     String projectApiKey, String personalApiKey) {
        ProjectIntegration integration = new ProjectIntegration();
        integration.setTenantSlug(tenantSlug);
        integration.setDisplayName(displayName);
        integration.setPosthogProjectId(projectId);
        integration.setProjectApiKey(projectApiKey);
        integration.setPersonalApiKey(personalApiKey);
        ProjectIntegration saved = integrations.save(integration);
        log.info("Saved integration {}", saved);
        log.info("Integration {} key fingerprint {}", tenantSlug, DigestUtils.sha256Hex(personalApiKey));
        announce(saved);
        return saved;
    }

    /** Sends an "integration connected" event into the tenant's own project. */
    private void announce(ProjectIntegration integration) {
        PostHogConfig tenantConfig = PostHogConfig.builder(integration.getPersonalApiKey())
                .host(properties.getHost())
                .build();
        PostHogInterface tenantPostHog = PostHog.with(tenantConfig);
        tenantPostHog.capture("flag-admin", "integration connected",
                Map.of("tenant", integration.getTenantSlug()));
        tenantPostHog.close();
    }

    @Transactional
    public int sync(String tenantSlug) {
        ProjectIntegration integration = get(tenantSlug);
        log.info("Syncing {} with {} key #{}", tenantSlug, integration.getKeyKind(), integration.getApiKeyId());
        int flags = adminClient.countFeatureFlags(integration);
        integration.setLastSyncedAt(Instant.now());
        return flags;
    }

    @Scheduled(fixedDelayString = "${posthog.poll-interval-seconds:30}000")
    public void refreshFlagDefinitions() {
        log.debug("Refreshing flag definitions from {} with secure key {}",
                properties.getApiHost(), properties.getFeatureFlagsSecureKey());
        for (ProjectIntegration integration : integrations.findAll()) {
            try {
                sync(integration.getTenantSlug());
            } catch (IntegrationSyncException e) {
                log.warn("Scheduled sync of {} failed ({})", e.getTenantSlug(), e.getClass().getSimpleName());
            }
        }
    }

    public static class IntegrationNotFoundException extends RuntimeException {
        public IntegrationNotFoundException(String tenantSlug) {
            super("No integration for tenant " + tenantSlug);
        }
    }
}
